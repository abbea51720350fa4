/** A file sent with a message, e.g. an invoice PDF. */
export interface MailAttachment {
  filename: string;
  content: Buffer | string;
  /** MIME type, e.g. `application/pdf`. */
  contentType: string;
}

/** A plain-text e-mail to one recipient, with optional attachments. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  attachments?: readonly MailAttachment[];
}

/** Sends e-mail. Resolves once the message is delivered to the next hop (or written down). */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}
