import { DomainError } from "@dcx/kit";

/** A session ends 30 days after sign-in at the latest, however often it is refreshed. */
export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
/** A refresh token is good for 7 days (never past its session's end): a week unused ends the session. */
export const REFRESH_TOKEN_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/** Why a session ended, as `sessions.revoked_reason` records it. */
export const REVOKED = {
  signedOut: "signed out",
  byUser: "revoked by its user",
  userDisabled: "user disabled",
  /** RFC 9700 §4.14.2: a refresh token presented a second time means it leaked. */
  refreshTokenReuse: "refresh token reuse",
} as const;

export const refreshTokenExpiry = (now: Date, sessionExpiresAt: Date) =>
  new Date(Math.min(now.getTime() + REFRESH_TOKEN_LIFETIME_MS, sessionExpiresAt.getTime()));

/** Unknown, used, expired and revoked refresh tokens all get this one error. */
export const invalidRefreshToken = () =>
  new DomainError("UNAUTHENTICATED", "Invalid or expired refresh token; sign in again");
