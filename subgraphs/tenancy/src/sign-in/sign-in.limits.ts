import { DomainError } from "@dcx/kit";

export const CODE_LIFETIME_SECONDS = 10 * 60;
/** Wrong guesses one code survives; then that code, and only that code, is dead. */
export const WRONG_GUESSES_PER_CODE = 5;
/**
 * While an address's newest code is alive and younger than this, a request sends no new one: the
 * e-mail sent moments ago holds a working code. Spacing instead of a per-address cap, so that
 * nobody can use up an address's requests and keep its owner from getting a code.
 */
export const NEW_CODE_SPACING_SECONDS = 60;

/** Code requests one client address may make, whatever the e-mail addresses, in the window. */
export const REQUESTS_PER_CLIENT_ADDRESS = 20;
export const REQUEST_WINDOW_MS = 15 * 60 * 1000;

/** Wrong guesses a client address may make in the hour before it has to back off. */
export const FREE_WRONG_GUESSES_PER_CLIENT = 5;
export const CLIENT_GUESS_WINDOW_MS = 60 * 60 * 1000;
/** The wait after the first guess past the free ones; it doubles with each further guess. */
export const FIRST_BACKOFF_SECONDS = 30;
export const LONGEST_BACKOFF_SECONDS = 15 * 60;

/** Wrong guesses across all clients in a minute before clients with wrong guesses must wait. */
export const WRONG_GUESSES_PER_MINUTE_GLOBALLY = 60;
export const GLOBAL_GUESS_WINDOW_MS = 60 * 1000;

/** Events counted in a window: how many, and when the oldest and newest of them happened. */
export interface WindowCount {
  count: number;
  oldest: Date | null;
  newest: Date | null;
}

/** Whole seconds from now until `moment`, at least 1: a wait the caller can act on. */
const secondsUntil = (moment: number, now: Date) => Math.max(1, Math.ceil((moment - now.getTime()) / 1000));

/** Seconds until a window of `windowMs` has room again, or null when it has room now. */
export function secondsUntilRoom(counted: WindowCount, limit: number, windowMs: number, now: Date): number | null {
  if (counted.count < limit || !counted.oldest) return null;
  return secondsUntil(counted.oldest.getTime() + windowMs, now);
}

export const windowStart = (now: Date, windowMs: number) => new Date(now.getTime() - windowMs);

/**
 * A client's backoff: none for its first free wrong guesses in the hour; after n of them it waits
 * 30 s × 2^(n − 5) since its latest wrong guess (30 s, 1 min, 2 min …), at most 15 minutes.
 */
export function clientBackoffSeconds(wrong: WindowCount, now: Date): number | null {
  if (wrong.count < FREE_WRONG_GUESSES_PER_CLIENT || !wrong.newest) return null;
  const doublings = wrong.count - FREE_WRONG_GUESSES_PER_CLIENT;
  const backoff = Math.min(FIRST_BACKOFF_SECONDS * 2 ** doublings, LONGEST_BACKOFF_SECONDS);
  const until = wrong.newest.getTime() + backoff * 1000;
  return until > now.getTime() ? secondsUntil(until, now) : null;
}

/** RATE_LIMITED with `extensions.retryAfterSeconds`. */
export const rateLimited = (retryAfterSeconds: number) =>
  new DomainError("RATE_LIMITED", `Too many sign-in attempts. Try again in ${retryAfterSeconds} seconds.`, {
    retryAfterSeconds,
  });
