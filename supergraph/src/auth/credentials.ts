/** What the Authorization header carries: nothing, a session's access token, or an API key. */
export type Credentials =
  | { type: "none" }
  | { type: "access_token"; token: string }
  | { type: "api_key"; secret: string }
  | { type: "malformed" };

/** API keys carry a recognisable prefix so that leaked keys can be found by secret scanners. */
export const API_KEY_PREFIX = "dcx_key_";

export function parseAuthorization(header: string | undefined): Credentials {
  if (!header) return { type: "none" };
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) return { type: "malformed" };
  const value = match[1]!;
  if (value.startsWith(API_KEY_PREFIX)) return { type: "api_key", secret: value };
  if (value.split(".").length === 3) return { type: "access_token", token: value };
  return { type: "malformed" };
}
