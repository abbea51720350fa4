import { randomUUID } from "node:crypto";
import { appendFile, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Transporter } from "nodemailer";
import { type Clock, systemClock } from "../clock";
import type { DkimSettings } from "./dkim-config";
import { mailOptionsOf } from "./mail-options";
import type { MailMessage, Mailer } from "./mailer";

export interface OutboxMailerOptions {
  /** Folder the messages are written to, e.g. `.data/outbox`. */
  directory: string;
  /** The From header, e.g. `DCX Cloud <no-reply@dcx.cloud>`. */
  from: string;
  /** Signs the written messages as SMTP would, so a developer can check the signature. */
  dkim?: DkimSettings | undefined;
  now?: Clock;
}

/** One line of `outbox.jsonl`: what was sent and which .eml file holds it. */
export interface OutboxEntry {
  at: string;
  file: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  /** Attachments by name, type and size; their bytes are in the .eml file. */
  attachments?: { filename: string; contentType: string; size: number }[];
}

export const OUTBOX_INDEX = "outbox.jsonl";

/**
 * Delivers mail to a local folder for a developer to read: each message as an .eml file (open
 * it in any mail client or a text editor) and a line in `outbox.jsonl`. The .eml holds the bytes
 * nodemailer would hand to SMTP (same composer, same options). Files are readable by their owner
 * only, since sign-in codes are in them.
 */
export class OutboxMailer implements Mailer {
  private transport: Promise<Transporter> | undefined;

  constructor(private readonly options: OutboxMailerOptions) {}

  get directory(): string {
    return this.options.directory;
  }

  async send(message: MailMessage): Promise<void> {
    const at = (this.options.now ?? systemClock)();
    const transport = await (this.transport ??= this.openTransport());
    const { message: raw } = (await transport.sendMail(mailOptionsOf(this.options.from, message, at))) as {
      message: Buffer;
    };
    const file = `${at.toISOString().replace(/[:.]/g, "-")}-${randomUUID().slice(0, 8)}.eml`;
    await mkdir(this.options.directory, { recursive: true, mode: 0o700 });
    await writeFile(path.join(this.options.directory, file), raw, { mode: 0o600, flag: "wx" });
    const { attachments, ...fields } = message;
    const entry: OutboxEntry = {
      at: at.toISOString(),
      file,
      from: this.options.from,
      ...fields,
      ...(attachments?.length
        ? {
            attachments: attachments.map(({ filename, contentType, content }) => ({
              filename,
              contentType,
              size: Buffer.byteLength(content),
            })),
          }
        : {}),
    };
    await appendFile(path.join(this.options.directory, OUTBOX_INDEX), `${JSON.stringify(entry)}\n`, { mode: 0o600 });
  }

  /** nodemailer's stream transport composes the message into a Buffer instead of sending it. */
  private async openTransport(): Promise<Transporter> {
    const { default: nodemailer } = await import("nodemailer");
    return nodemailer.createTransport({
      streamTransport: true,
      buffer: true,
      newline: "windows",
      ...(this.options.dkim ? { dkim: this.options.dkim } : {}),
      disableFileAccess: true,
      disableUrlAccess: true,
    });
  }
}
