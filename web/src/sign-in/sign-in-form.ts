import type { AuthFailure } from "../auth/auth-errors";

export const CODE_LENGTH = 6;

/** The digits of what was typed or pasted ("123 456", "123-456"), at most six. */
export function normalizeCode(input: string): string {
  return input.replace(/\D/g, "").slice(0, CODE_LENGTH);
}

export function isCompleteCode(code: string): boolean {
  return code.length === CODE_LENGTH && /^\d+$/.test(code);
}

/** The trimmed address, or why it cannot be one. The server validates it again. */
export function checkEmail(input: string): { email: string } | { problem: string } {
  const email = input.trim();
  if (email === "") return { problem: "Enter your e-mail address." };
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return { problem: `"${email}" is not an e-mail address.` };
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
