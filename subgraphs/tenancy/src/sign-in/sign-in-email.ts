import type { MailMessage } from "@dcx/kit";
import { CODE_LIFETIME_SECONDS } from "./sign-in.limits";
import type { SignInDeps } from "./sign-in.deps";

export const SIGN_IN_SUBJECT = "Your DCX Cloud sign-in code";

/** The e-mail carrying a code: the only place a code is ever written in clear. */
export function signInCodeMessage(email: string, code: string): MailMessage {
  return {
    to: email,
    subject: SIGN_IN_SUBJECT,
    text: [
      "Your DCX Cloud sign-in code is:",
      "",
      `    ${code}`,
      "",
      `It works once and expires in ${CODE_LIFETIME_SECONDS / 60} minutes.`,
      "If you did not try to sign in, ignore this e-mail: nobody can sign in without the code.",
    ].join("\n"),
  };
}

/**
 * Hands the e-mail to the mailer without waiting for delivery, so a slow or failing mail server
 * changes neither the answer to a request nor its timing, which would tell a caller that the
 * address has an account. A failed delivery is logged with the address masked and the code
 * blanked out of the error text.
 */
export function dispatchSignInCode(deps: SignInDeps, email: string, code: string): void {
  void Promise.resolve()
    .then(() => deps.mailer.send(signInCodeMessage(email, code)))
    .catch((error: unknown) => {
      const reason = (error instanceof Error ? error.message : String(error)).replaceAll(code, "[code]");
      deps.log(`Sign-in code e-mail to ${maskEmail(email)} was not delivered: ${reason}`);
    });
}

/** `jane.doe@vodacom.co.za` → `j***@vodacom.co.za` */
export const maskEmail = (email: string) => email.replace(/^(.)[^@]*@/, "$1***@");
