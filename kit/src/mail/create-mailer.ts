import type { DkimSettings } from "./dkim-config";
import type { Mailer } from "./mailer";
import { OutboxMailer } from "./outbox-mailer";
import { SmtpMailer } from "./smtp-mailer";
import { describeSmtpServer, type SmtpServer } from "./smtp-url";

export interface MailConfig {
  /** From `SMTP_URL`; without it mail goes to the outbox folder. */
  smtp: SmtpServer | undefined;
  outboxDir: string;
  from: string;
  /** From `SMTP_DKIM_*`: every message is signed, in the outbox too. */
  dkim?: DkimSettings | undefined;
}

export function createMailer(config: MailConfig): Mailer {
  const { from, dkim } = config;
  return config.smtp
    ? new SmtpMailer({ server: config.smtp, from, dkim })
    : new OutboxMailer({ directory: config.outboxDir, from, dkim });
}

/** Where mail goes, for the start-up line (never the SMTP credentials nor the DKIM key). */
export function describeMailDestination(config: MailConfig): string {
  const destination = config.smtp ? `SMTP ${describeSmtpServer(config.smtp)}` : `outbox ${config.outboxDir}`;
  return config.dkim
    ? `${destination}, DKIM-signed as ${config.dkim.keySelector}._domainkey.${config.dkim.domainName}`
    : destination;
}
