import { decodeJwt, jwtVerify } from "jose";
import type { TenancyDb } from "../organization/organization.store";
import type { SsoDeps } from "./sso.deps";
import { withClientSecret } from "./sso-config.service";
import { findSsoConfigurationsByIssuer } from "./sso-config.store";
import { endSessionsForLogout } from "./sso-logout.service";

export const BACK_CHANNEL_LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";
/** A logout token older than this is refused (OIDC Back-Channel Logout §2.6 leaves the window to us). */
export const LOGOUT_TOKEN_MAX_AGE_SECONDS = 5 * 60;
const CLOCK_TOLERANCE_SECONDS = 30;

export class InvalidLogoutToken extends Error {
  override name = "InvalidLogoutToken";
}

/**
 * Validates an IdP's logout token as OIDC Back-Channel Logout 1.0 §2.6 asks, then ends the
 * platform sessions it names. The organisation is the one whose configuration has the token's
 * issuer and whose client id is in its audience; the signature is checked with that issuer's JWKS
 * (from discovery), then `iat` (and `exp` when present), the `events` claim, `sid` or `sub`, and no `nonce`.
 */
export async function acceptLogoutToken(db: TenancyDb, deps: SsoDeps, token: string): Promise<number> {
  let unverified: ReturnType<typeof decodeJwt>;
  try {
    unverified = decodeJwt(token);
  } catch {
    throw new InvalidLogoutToken("not a JWT");
  }
  const audiences = [unverified.aud ?? []].flat();
  const config =
    typeof unverified.iss === "string"
      ? (await findSsoConfigurationsByIssuer(db, unverified.iss)).find((c) => audiences.includes(c.clientId))
      : undefined;
  if (!config) throw new InvalidLogoutToken("no organisation has this issuer and audience");

  const { clientSecret } = withClientSecret(deps, config);
  const client = await deps.issuers.client(config.issuer, config.clientId, clientSecret);
  const jwksUri = client.serverMetadata().jwks_uri;
  if (!jwksUri) throw new InvalidLogoutToken("the issuer publishes no keys");
  let payload: Awaited<ReturnType<typeof jwtVerify>>["payload"];
  try {
    ({ payload } = await jwtVerify(token, deps.issuers.keys(jwksUri), {
      issuer: config.issuer,
      audience: config.clientId,
      requiredClaims: ["iat"],
      maxTokenAge: LOGOUT_TOKEN_MAX_AGE_SECONDS,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      currentDate: deps.now(),
    }));
  } catch (error) {
    throw new InvalidLogoutToken(`signature or claims refused (${(error as Error).message})`);
  }
  const events = payload["events"];
  const event =
    events && typeof events === "object" ? (events as Record<string, unknown>)[BACK_CHANNEL_LOGOUT_EVENT] : undefined;
  if (!event || typeof event !== "object") throw new InvalidLogoutToken("no back-channel logout event");
  if ("nonce" in payload) throw new InvalidLogoutToken("a logout token carries no nonce");
  const sid = typeof payload["sid"] === "string" ? payload["sid"] : null;
  const subject = typeof payload.sub === "string" ? payload.sub : null;
  if (sid === null && subject === null) throw new InvalidLogoutToken("neither sid nor sub");
  return endSessionsForLogout(db, deps, { organizationId: config.organizationId, issuer: config.issuer, sid, subject });
}
