import { hostname } from "node:os";
import type tls from "node:tls";
import type { MailMessage, Mailer } from "./mailer";
import { addressOf, dotStuff, formatMessage } from "./mime-message";
import { SmtpConnection, SmtpError } from "./smtp-connection";
import { mayAuthenticateWithoutTls, type SmtpServer } from "./smtp-url";

export interface SmtpMailerOptions {
  server: SmtpServer;
  /** The From header, e.g. `DCX Cloud <no-reply@dcx.cloud>`; its address is the envelope sender. */
  from: string;
  /** The name this client gives in EHLO; the machine's host name by default. */
  clientName?: string;
  /** Extra TLS settings, e.g. a private CA. Certificates are always verified. */
  tls?: tls.ConnectionOptions;
  timeoutMs?: number;
  now?: () => Date;
}

/**
 * Delivers each message over its own SMTP session (RFC 5321): EHLO, STARTTLS when the server
 * offers it, AUTH PLAIN when credentials are configured, MAIL FROM, RCPT TO, DATA, QUIT.
 */
export class SmtpMailer implements Mailer {
  constructor(private readonly options: SmtpMailerOptions) {}

  async send(message: MailMessage): Promise<void> {
    const { server } = this.options;
    const { fromAddress, raw } = formatMessage(this.options.from, message, (this.options.now ?? (() => new Date()))());
    const connection = await SmtpConnection.open(server.host, server.port, {
      implicitTls: server.implicitTls,
      timeoutMs: this.options.timeoutMs ?? 30_000,
      ...(this.options.tls ? { tls: this.options.tls } : {}),
    });
    try {
      await connection.expect("greeting", [220]);
      let extensions = await this.hello(connection);
      if (!connection.encrypted && extensions.has("STARTTLS")) {
        await connection.send("STARTTLS", "STARTTLS", [220]);
        await connection.upgradeToTls(server.host, this.options.tls);
        extensions = await this.hello(connection);
      }
      if (server.username !== undefined) await this.authenticate(connection, extensions);
      await connection.send(`MAIL FROM:<${fromAddress}>`, "MAIL FROM", [250]);
      await connection.send(`RCPT TO:<${addressOf(message.to)}>`, "RCPT TO", [250, 251]);
      await connection.send("DATA", "DATA", [354]);
      await connection.send(`${dotStuff(raw)}.\r\n`, "message", [250]);
      await connection.send("QUIT", "QUIT", [221]);
    } finally {
      connection.close();
    }
  }

  /** EHLO; answers the extension keywords the server announced (AUTH mechanisms as `AUTH PLAIN`…). */
  private async hello(connection: SmtpConnection): Promise<Set<string>> {
    const reply = await connection.send(`EHLO ${this.options.clientName ?? hostname()}`, "EHLO", [250]);
    const extensions = new Set<string>();
    for (const line of reply.lines.slice(1)) {
      const [keyword = "", ...parameters] = line.trim().toUpperCase().split(/\s+/);
      extensions.add(keyword);
      for (const parameter of parameters) extensions.add(`${keyword} ${parameter}`);
    }
    return extensions;
  }

  private async authenticate(connection: SmtpConnection, extensions: Set<string>): Promise<void> {
    const { host, username = "", password = "" } = this.options.server;
    if (!connection.encrypted && !mayAuthenticateWithoutTls(host)) {
      throw new SmtpError("AUTH", `${host} offers no TLS; refusing to send credentials in clear text`);
    }
    if (!extensions.has("AUTH PLAIN")) throw new SmtpError("AUTH", "the server does not offer AUTH PLAIN");
    const token = Buffer.from(`\0${username}\0${password}`, "utf8").toString("base64");
    await connection.send(`AUTH PLAIN ${token}`, "AUTH", [235]);
  }
}
