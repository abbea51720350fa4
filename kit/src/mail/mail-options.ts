import type { SendMailOptions } from "nodemailer";
import { parseMailbox } from "./mailbox";
import type { MailMessage } from "./mailer";

/**
 * The nodemailer message both mailers send, so the outbox file holds the very bytes SMTP would
 * carry. Refuses a recipient that is not exactly one mailbox and a subject on several lines:
 * either would let caller text add recipients or headers.
 */
export function mailOptionsOf(from: string, message: MailMessage, date: Date): SendMailOptions {
  if (!parseMailbox(message.to)) throw new Error("To must be one address on one line");
  if (/[\r\n]/.test(message.subject)) throw new Error("Subject must not contain line breaks");
  return {
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    date,
    attachments: message.attachments?.map(({ filename, content, contentType }) => ({ filename, content, contentType })),
  };
}
