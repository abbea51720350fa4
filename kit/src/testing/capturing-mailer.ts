import type { MailMessage, Mailer } from "../mail/mailer";

/** Keeps every message it is given, in order: the mailer of tests that read what was sent. */
export class CapturingMailer implements Mailer {
  readonly messages: MailMessage[] = [];
  async send(message: MailMessage): Promise<void> {
    this.messages.push(message);
  }
}
