import { EMAIL_MAX, isEmailAddress } from "@dcx/kit/email-address";
import type { AuthFailure } from "../auth/auth-errors";

export const CODE_LENGTH = 6;

/** The digits of what was typed or pasted ("123 456", "123-456"), at most six. */
export function normalizeCode(input: string): string {
  return input.replace(/\D/g, "").slice(0, CODE_LENGTH);
}

export function isCompleteCode(code: string): boolean {
  return code.length === CODE_LENGTH && /^\d+$/.test(code);
}

/**
 * The address trimmed and lower-cased, as the platform stores it, or why it cannot be one: the
 * platform's one rule, which the server applies again.
 */
export function checkEmail(input: string): { email: string } | { problem: string } {
  const trimmed = input.trim();
  if (trimmed === "") return { problem: "Enter your e-mail address." };
  const email = trimmed.toLowerCase();
  if (!isEmailAddress(email)) return { problem: `"${trimmed.slice(0, EMAIL_MAX)}" is not an e-mail address.` };
  return { email };
}

/** "45 seconds", "1 minute", "10 minutes": a wait or a lifetime, rounded up to whole minutes past one. */
export function formatDuration(seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds));
  if (whole < 60) return whole === 1 ? "1 second" : `${whole} seconds`;
  const minutes = Math.ceil(whole / 60);
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}

export type SignInStep = "email" | "code";

/** What the sign-in page says when a step fails. */
export function signInErrorMessage(failure: AuthFailure, step: SignInStep): string {
  switch (failure.kind) {
    case "unauthenticated":
      return step === "code"
        ? "That code is wrong or has expired. Check the most recent e-mail, or send a new code."
        : failure.message;
    case "rate-limited":
      return failure.retryAfterSeconds
        ? `Too many attempts. Try again in ${formatDuration(failure.retryAfterSeconds)}.`
        : "Too many attempts. Wait a few minutes and try again.";
    case "unavailable":
      return `Network error: ${failure.message}. Check your connection and try again.`;
    case "bad-input":
      return failure.message;
    case "server":
      return `Sign-in failed: ${failure.message}`;
  }
}
