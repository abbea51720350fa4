import type tls from "node:tls";
import type { NodemailerError, SMTPPoolOptions, Transporter } from "nodemailer";
import { type Clock, systemClock } from "../clock";
import type { DkimSettings } from "./dkim-config";
import { mailOptionsOf } from "./mail-options";
import type { MailMessage, Mailer } from "./mailer";
import { SmtpError } from "./smtp-error";
import { mayAuthenticateWithoutTls, type SmtpServer } from "./smtp-url";

export interface SmtpMailerOptions {
  server: SmtpServer;
  /** The From header, e.g. `DCX Cloud <no-reply@dcx.cloud>`; its address is the envelope sender. */
  from: string;
  /** Signs every message when set (`SMTP_DKIM_*`). */
  dkim?: DkimSettings | undefined;
  /** The name this client gives in EHLO; the machine's host name by default. */
  clientName?: string;
  /** Extra TLS settings, e.g. a private CA. Certificates are always verified. */
  tls?: tls.ConnectionOptions;
  timeoutMs?: number;
  /** Open connections kept to the relay; messages beyond them wait for a free one. */
  maxConnections?: number;
  now?: Clock;
}

/**
 * Sends through a pooled nodemailer SMTP transport: connections are kept open and reused,
 * STARTTLS is used whenever the server offers it (and certificates verified), and credentials
 * never cross an unencrypted connection unless it stays on this machine.
 */
export class SmtpMailer implements Mailer {
  private transport: Promise<Transporter> | undefined;

  constructor(private readonly options: SmtpMailerOptions) {}

  async send(message: MailMessage): Promise<void> {
    const mail = mailOptionsOf(this.options.from, message, (this.options.now ?? systemClock)());
    const transport = await (this.transport ??= this.openTransport());
    await transport.sendMail(mail).catch((error: NodemailerError) => {
      throw new SmtpError(error);
    });
  }

  /** Closes the pooled connections (after the messages in flight). */
  async close(): Promise<void> {
    const transport = await this.transport;
    this.transport = undefined;
    transport?.close();
  }

  /** nodemailer is loaded on first use: most processes and tests that import the kit never send mail. */
  private async openTransport(): Promise<Transporter> {
    const { default: nodemailer } = await import("nodemailer");
    return nodemailer.createTransport(transportOptions(this.options));
  }
}

const IDLE_MS = 10_000;

/** The nodemailer pool settings an SmtpMailer uses (exported for its tests). */
export function transportOptions(options: SmtpMailerOptions): SMTPPoolOptions & { pool: true } {
  const { server, timeoutMs = 30_000 } = options;
  const authenticates = server.username !== undefined;
  return {
    pool: true,
    maxConnections: options.maxConnections ?? 5,
    host: server.host,
    port: server.port,
    secure: server.implicitTls,
    // Without implicit TLS, STARTTLS is used when offered; it becomes a must before credentials go to another host.
    requireTLS: authenticates && !server.implicitTls && !mayAuthenticateWithoutTls(server.host),
    ...(authenticates ? { auth: { user: server.username, pass: server.password ?? "" } } : {}),
    ...(options.tls ? { tls: options.tls } : {}),
    ...(options.clientName ? { name: options.clientName } : {}),
    ...(options.dkim ? { dkim: options.dkim } : {}),
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    // A burst (a batch of receipts) shares connections; a quiet relay is not held open.
    idleTimeout: IDLE_MS,
    // Messages are built from the caller's values only: never read a file or URL named in them.
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}
