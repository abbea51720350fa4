import { randomUUID } from "node:crypto";
import { appendFile, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { MailMessage, Mailer } from "./mailer";
import { formatMessage } from "./mime-message";

export interface OutboxMailerOptions {
  /** Folder the messages are written to, e.g. `.data/outbox`. */
  directory: string;
  /** The From header, e.g. `DCX Cloud <no-reply@dcx.cloud>`. */
  from: string;
  now?: () => Date;
}

/** One line of `outbox.jsonl`: what was sent and which .eml file holds it. */
export interface OutboxEntry {
  at: string;
  file: string;
  from: string;
  to: string;
  subject: string;
  text: string;
}

export const OUTBOX_INDEX = "outbox.jsonl";

/**
 * Delivers mail to a local folder for a developer to read: each message as an .eml file (open
 * it in any mail client or a text editor) and a line in `outbox.jsonl`. Files are readable by
 * their owner only, since sign-in codes are in them.
 */
export class OutboxMailer implements Mailer {
  constructor(private readonly options: OutboxMailerOptions) {}

  get directory(): string {
    return this.options.directory;
  }

  async send(message: MailMessage): Promise<void> {
    const at = (this.options.now ?? (() => new Date()))();
    const { raw } = formatMessage(this.options.from, message, at);
    const file = `${at.toISOString().replace(/[:.]/g, "-")}-${randomUUID().slice(0, 8)}.eml`;
    await mkdir(this.options.directory, { recursive: true, mode: 0o700 });
    await writeFile(path.join(this.options.directory, file), raw, { mode: 0o600, flag: "wx" });
    const entry: OutboxEntry = { at: at.toISOString(), file, from: this.options.from, ...message };
    await appendFile(path.join(this.options.directory, OUTBOX_INDEX), `${JSON.stringify(entry)}\n`, { mode: 0o600 });
  }
}
