/**
 * The graph operations behind the browser's session routes. The routes run them through the
 * gateway's own pipeline (limits, error masking, signed subgraph calls), so a browser signing in
 * is treated exactly as any other client of `signIn` and `refreshSession`.
 */
const SESSION_FIELDS = `
  accessToken
  accessTokenExpiresAt
  refreshToken
  user { id email displayName role organization { id name kind } }`;

export const SIGN_IN = `mutation BrowserSignIn($email: String!, $code: String!, $userAgent: String) {
  signIn(email: $email, code: $code, userAgent: $userAgent) { ${SESSION_FIELDS} }
}`;

export const COMPLETE_SINGLE_SIGN_ON = `mutation BrowserSingleSignOn($callbackUrl: String!, $userAgent: String) {
  completeSingleSignOn(callbackUrl: $callbackUrl, userAgent: $userAgent) { ${SESSION_FIELDS} }
}`;

export const REFRESH = `mutation BrowserRefresh($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) { ${SESSION_FIELDS} }
}`;

export const SIGN_OUT = `mutation BrowserSignOut { signOut }`;

/** What `signIn` and `refreshSession` answer; the routes move `refreshToken` into the cookie. */
export interface SessionTokens {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  user: unknown;
}
