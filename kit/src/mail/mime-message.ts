import { randomUUID } from "node:crypto";
import type { MailMessage } from "./mailer";

const CRLF = "\r\n";
const LINE_BREAK = /[\r\n]/;
/** SMTP limits a line to 998 characters; longer lines or 8-bit text go out base64-encoded. */
const SEVEN_BIT_SAFE = /^[\x20-\x7e\t\r\n]*$/;
const LONGEST_LINE = 998;

export interface FormattedMessage {
  /** The envelope sender: the bare address of `from`. */
  fromAddress: string;
  /** RFC 5322 text with CRLF line endings, ready for SMTP DATA or an .eml file. */
  raw: string;
}

/** `"DCX Cloud <no-reply@dcx.cloud>"` → `no-reply@dcx.cloud`; a bare address is returned as is. */
export function addressOf(mailbox: string): string {
  const angle = /<([^<>\s]+@[^<>\s]+)>\s*$/.exec(mailbox);
  return (angle ? angle[1]! : mailbox).trim();
}

/** Builds an RFC 5322 message; refuses header values that could inject further headers. */
export function formatMessage(from: string, message: MailMessage, date: Date): FormattedMessage {
  for (const [name, value] of [
    ["From", from],
    ["To", message.to],
    ["Subject", message.subject],
  ] as const) {
    if (LINE_BREAK.test(value)) throw new Error(`${name} must not contain line breaks`);
  }
  const fromAddress = addressOf(from);
  const domain = fromAddress.split("@")[1] ?? "localhost";
  const text = message.text.replace(/\r?\n/g, CRLF);
  const plain = SEVEN_BIT_SAFE.test(text) && text.split(CRLF).every((line) => line.length <= LONGEST_LINE);
  const headers = [
    `From: ${encodeHeader(from)}`,
    `To: ${message.to}`,
    `Subject: ${encodeHeader(message.subject)}`,
    `Date: ${date.toUTCString().replace("GMT", "+0000")}`,
    `Message-ID: <${randomUUID()}@${domain}>`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    `Content-Transfer-Encoding: ${plain ? "7bit" : "base64"}`,
  ];
  const body = plain ? text : base64Lines(Buffer.from(message.text, "utf8"));
  return { fromAddress, raw: `${headers.join(CRLF)}${CRLF}${CRLF}${body}${CRLF}` };
}

/** RFC 2047 encoded-word for a header value with non-ASCII characters. */
function encodeHeader(value: string): string {
  return /^[\x20-\x7e]*$/.test(value) ? value : `=?UTF-8?B?${Buffer.from(value, "utf8").toString("base64")}?=`;
}

function base64Lines(bytes: Buffer): string {
  return (bytes.toString("base64").match(/.{1,76}/g) ?? []).join(CRLF);
}

/** SMTP DATA transparency (RFC 5321 §4.5.2): a line starting with "." gets a second ".". */
export function dotStuff(raw: string): string {
  return raw.replace(/^\./gm, "..");
}
