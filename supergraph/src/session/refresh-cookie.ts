import { parseCookie, stringifySetCookie } from "cookie";

/** The cookie that carries a browser's refresh token. */
export const REFRESH_COOKIE = "dcx_refresh";

/**
 * The one route the cookie is sent to. Every other request (GraphQL included) travels without
 * it, so the refresh token never reaches code that does not need it.
 */
export const REFRESH_PATH = "/auth/refresh";

/**
 * As long as a refresh token can live (tenancy: 7 days, never past the session's 30). The server
 * is the authority: a cookie that outlives its token is refused there and then cleared.
 */
export const REFRESH_COOKIE_MAX_AGE_SECONDS = 7 * 24 * 3600;

/**
 * `HttpOnly`: no script can read it. `Secure`: sent over HTTPS only (browsers treat
 * http://localhost and http://127.0.0.1 as secure, so development works without TLS).
 * `SameSite=Strict`: no other site can make the browser send it. No `Domain`: this host only.
 */
const ATTRIBUTES = { httpOnly: true, secure: true, sameSite: "strict", path: REFRESH_PATH } as const;

/** The `Set-Cookie` value that hands the browser a (new) refresh token. */
export const refreshCookie = (refreshToken: string): string =>
  stringifySetCookie(REFRESH_COOKIE, refreshToken, { ...ATTRIBUTES, maxAge: REFRESH_COOKIE_MAX_AGE_SECONDS });

/** The `Set-Cookie` value that makes the browser drop the refresh token. */
export const clearedRefreshCookie = (): string =>
  stringifySetCookie(REFRESH_COOKIE, "", { ...ATTRIBUTES, maxAge: 0, expires: new Date(0) });

/** The refresh token in a request's `Cookie` header, if any. */
export function readRefreshCookie(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const value = parseCookie(header)[REFRESH_COOKIE];
  return value ? value : undefined;
}
