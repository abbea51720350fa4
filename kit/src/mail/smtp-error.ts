import type { NodemailerError } from "nodemailer";

/**
 * A refused or broken SMTP exchange. `step` names the command (`RCPT TO`, `AUTH PLAIN`,
 * `STARTTLS`, `connection`…), never its arguments, so credentials never reach a log line.
 */
export class SmtpError extends Error {
  readonly step: string;
  /** nodemailer's code, e.g. `EENVELOPE`, `EAUTH`, `ETLS`, `ESOCKET`. */
  readonly code: string;
  /** The server's reply code, when it sent one. */
  readonly responseCode: number | undefined;
  /** True when the server refused for good (5xx but 503): sending the same message again will not help. */
  readonly permanent: boolean;

  constructor(cause: NodemailerError) {
    const step = STEP_NAMES[cause.command ?? "CONN"] ?? cause.command ?? "connection";
    super(`SMTP ${step} failed: ${cause.message}`, { cause });
    this.name = "SmtpError";
    this.step = step;
    this.code = cause.code ?? "ESOCKET";
    this.responseCode = cause.responseCode;
    this.permanent = cause.permanent ?? false;
  }
}

/** nodemailer's pseudo-commands: the socket (`CONN`) and checks made before anything is sent (`API`). */
const STEP_NAMES: Record<string, string> = { CONN: "connection", API: "send" };
