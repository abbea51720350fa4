import type { Caller } from "@dcx/kit";
import { requireCaller } from "@dcx/kit";
import * as oidc from "openid-client";
import type { TenancyDb } from "../organization/organization.store";
import { revokeSessionRow } from "../session/session.store";
import type { SsoDeps } from "./sso.deps";
import { withClientSecret } from "./sso-config.service";
import { findSsoConfiguration } from "./sso-config.store";
import { findSessionsForLogout, findSsoSession } from "./sso-sign-in.store";

export const REVOKED_BY_IDP = "ended by the identity provider";

/**
 * Where the browser goes to end the IdP's session too (RP-initiated logout): the IdP's
 * `end_session_endpoint` with the session's ID token as `id_token_hint` and `postLogoutRedirectUri`
 * (which the IdP checks against the client's registration). Null for a session signed in with an
 * e-mail code, or when the IdP has no end-session endpoint.
 */
export async function ssoLogoutUrl(
  db: TenancyDb,
  deps: SsoDeps,
  caller: Caller | null,
  postLogoutRedirectUri: string,
): Promise<string | null> {
  const known = requireCaller(caller);
  if (known.kind !== "user" || !known.sessionId) return null;
  const sso = await findSsoSession(db, known.sessionId);
  const config = sso ? await findSsoConfiguration(db, sso.organizationId) : null;
  if (!sso || !config || config.issuer !== sso.issuer) return null;
  const { clientSecret } = withClientSecret(deps, config);
  const client = await deps.issuers.client(config.issuer, config.clientId, clientSecret);
  if (!client.serverMetadata().end_session_endpoint) return null;
  return oidc.buildEndSessionUrl(client, {
    id_token_hint: sso.idToken,
    post_logout_redirect_uri: postLogoutRedirectUri,
  }).href;
}

/** Ends the platform sessions an IdP's verified logout token names; answers how many ended. */
export async function endSessionsForLogout(
  db: TenancyDb,
  deps: SsoDeps,
  target: { organizationId: string; issuer: string; sid: string | null; subject: string | null },
): Promise<number> {
  const ids = await findSessionsForLogout(db, target);
  const now = deps.now();
  for (const id of ids) await revokeSessionRow(db, id, REVOKED_BY_IDP, now);
  return ids.length;
}
