/** A plain-text e-mail to one recipient. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends e-mail. Resolves once the message is delivered to the next hop (or written down). */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}
