import type { Mailer } from "./mailer";
import { OutboxMailer } from "./outbox-mailer";
import { SmtpMailer } from "./smtp-mailer";
import { describeSmtpServer, type SmtpServer } from "./smtp-url";

export interface MailConfig {
  /** From `SMTP_URL`; without it mail goes to the outbox folder. */
  smtp: SmtpServer | undefined;
  outboxDir: string;
  from: string;
}

export function createMailer(config: MailConfig): Mailer {
  return config.smtp
    ? new SmtpMailer({ server: config.smtp, from: config.from })
    : new OutboxMailer({ directory: config.outboxDir, from: config.from });
}

/** Where mail goes, for the start-up line (never the SMTP credentials). */
export const describeMailDestination = (config: MailConfig) =>
  config.smtp ? `SMTP ${describeSmtpServer(config.smtp)}` : `outbox ${config.outboxDir}`;
