import { DomainError } from "@dcx/kit";

export const CODE_LIFETIME_SECONDS = 10 * 60;
export const RATE_WINDOW_MS = 15 * 60 * 1000;
export const REQUESTS_PER_EMAIL = 5;
export const REQUESTS_PER_CLIENT_ADDRESS = 20;
/** Wrong codes per e-mail address in the window, across all its codes. */
export const WRONG_CODES_PER_EMAIL = 5;
/** Wrong codes one code survives; then it is dead. */
export const WRONG_CODES_PER_CODE = 5;

/** Events counted in the rate window: how many, and when the oldest of them happened. */
export interface WindowCount {
  count: number;
  oldest: Date | null;
}

/** Seconds until the window has room again, or null when it has room now. */
export function secondsUntilRoom(counted: WindowCount, limit: number, now: Date): number | null {
  if (counted.count < limit || !counted.oldest) return null;
  const frees = counted.oldest.getTime() + RATE_WINDOW_MS;
  return Math.max(1, Math.ceil((frees - now.getTime()) / 1000));
}

export const rateWindowStart = (now: Date) => new Date(now.getTime() - RATE_WINDOW_MS);

/** RATE_LIMITED with `extensions.retryAfterSeconds`. */
export const rateLimited = (retryAfterSeconds: number) =>
  new DomainError("RATE_LIMITED", `Too many sign-in attempts. Try again in ${retryAfterSeconds} seconds.`, {
    retryAfterSeconds,
  });
