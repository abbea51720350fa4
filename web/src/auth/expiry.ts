/** Refresh this long before the access token expires (tokens live 10 minutes). */
export const REFRESH_LEAD_MS = 5 * 60_000;

/** A token this close to expiry is refreshed before a request is sent with it. */
export const EXPIRY_MARGIN_MS = 30_000;

/** Never schedule refreshes closer together than this, whatever the server says. */
export const MIN_REFRESH_DELAY_MS = 10_000;

/** After a refresh that could not reach the server, try again this much later. */
export const RETRY_DELAY_MS = 30_000;

/**
 * How far the server's clock is ahead of ours, from the HTTP `Date` header of a response
 * received at `receivedAt` (local milliseconds). Null without a usable header.
 */
export function clockOffsetMs(dateHeader: string | null, receivedAt: number): number | null {
  if (!dateHeader) return null;
  const serverTime = Date.parse(dateHeader);
  return Number.isNaN(serverTime) ? null : serverTime - receivedAt;
}

/**
 * The server's expiry instant on the local clock. A laptop whose clock is minutes off would
 * otherwise refresh in a loop (clock ahead) or send expired tokens (clock behind).
 */
export function localExpiry(expiresAtIso: string, serverOffsetMs: number | null): number {
  const expiresAt = Date.parse(expiresAtIso);
  if (Number.isNaN(expiresAt)) throw new Error(`Invalid expiry time: ${expiresAtIso}`);
  return expiresAt - (serverOffsetMs ?? 0);
}

/** Milliseconds from `now` until the proactive refresh: five minutes before expiry. */
export function refreshDelay(expiresAt: number, now: number): number {
  return Math.max(expiresAt - REFRESH_LEAD_MS - now, MIN_REFRESH_DELAY_MS);
}

/** Whether a token expiring at `expiresAt` is gone, or will be within `marginMs`. */
export function expiresWithin(expiresAt: number, now: number, marginMs: number): boolean {
  return expiresAt - now <= marginMs;
}
