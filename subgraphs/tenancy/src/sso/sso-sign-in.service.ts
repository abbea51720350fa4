import { createHash } from "node:crypto";
import { badUserInput, DomainError } from "@dcx/kit";
import * as oidc from "openid-client";
import type { TenancyDb } from "../organization/organization.store";
import type { IssuedTokens } from "../session/issue-tokens";
import type { SessionDeps } from "../session/session.deps";
import { checkUserAgent, startSession } from "../session/start-session";
import { normalizeClientAddress } from "../sign-in/request-sign-in-code";
import { normalizeEmail } from "../user/email-address";
import { findUserByEmail } from "../user/user.store";
import { createUser } from "../user/user.service";
import type { User } from "../user/user.type";
import type { SsoDeps } from "./sso.deps";
import { withClientSecret } from "./sso-config.service";
import { findSsoConfiguration, findSsoConfigurationByDomain, type StoredSsoConfiguration } from "./sso-config.store";
import {
  consumeSignInAttempt,
  deleteStaleSignInAttempts,
  findUserByIdentity,
  insertSignInAttempt,
  insertSsoSession,
  linkIdentity,
} from "./sso-sign-in.store";

/** A sign-in must come back from the IdP within this long; each attempt is used once. */
export const SSO_ATTEMPT_LIFETIME_MS = 10 * 60 * 1000;
const REDIRECT_URI_MAX = 500;

const refused = (message: string) => new DomainError("UNAUTHENTICATED", `Single sign-on refused: ${message}`);
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const domainOf = (email: string) => email.slice(email.lastIndexOf("@") + 1);

/** openid-client's error with its causes (e.g. which ID-token claim failed), for the log. */
function explain(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    const { message, claim, cause } = current as { message?: unknown; claim?: unknown; cause?: unknown };
    if (typeof message === "string") parts.push(message);
    if (typeof claim === "string") parts.push(`claim ${claim}`);
    current = cause;
  }
  return parts.join("; ");
}

const CALLBACK_URL_MAX = 4000;

/** The URL the IdP redirected to, as the browser's address bar had it: absolute http(s), printable ASCII. */
function checkCallbackUrl(raw: string): URL {
  let url: URL | null = null;
  try {
    url = raw.length <= CALLBACK_URL_MAX && /^[\x21-\x7e]+$/.test(raw) ? new URL(raw) : null;
  } catch {
    url = null;
  }
  if (!url || !["http:", "https:"].includes(url.protocol)) {
    throw badUserInput(
      "The callback URL must be the absolute http(s) URL the identity provider sent back",
      "callbackUrl",
    );
  }
  return url;
}

function checkRedirectUri(raw: string): string {
  let url: URL | null = null;
  try {
    url = raw.length <= REDIRECT_URI_MAX ? new URL(raw) : null;
  } catch {
    url = null;
  }
  if (!url || !/^[\x21-\x7e]+$/.test(raw) || !["http:", "https:"].includes(url.protocol) || url.search || url.hash) {
    throw badUserInput("The redirect URI must be an absolute http(s) URL without query or fragment", "redirectUri");
  }
  return url.href;
}

async function issuerClient(deps: SsoDeps, config: StoredSsoConfiguration) {
  const { clientSecret } = withClientSecret(deps, config);
  return deps.issuers.client(config.issuer, config.clientId, clientSecret);
}

/**
 * Starts single sign-on for the organisation whose domain the address is in: state, nonce and
 * PKCE verifier are made here and kept server-side (the state only as a hash), and the IdP's
 * authorization URL is answered for the browser to go to. The IdP redirects back to
 * `redirectUri` (it must be registered with the IdP, which checks it).
 */
export async function startSsoSignIn(
  db: TenancyDb,
  deps: SsoDeps,
  input: { email: string; redirectUri: string },
): Promise<{ authorizationUrl: string }> {
  const email = normalizeEmail(input.email);
  const redirectUri = checkRedirectUri(input.redirectUri);
  const config = await findSsoConfigurationByDomain(db, domainOf(email));
  if (!config) throw new DomainError("NOT_FOUND", "No organisation signs in this address's domain by single sign-on");
  let client: oidc.Configuration;
  try {
    client = await issuerClient(deps, config);
  } catch (error) {
    deps.log(`single sign-on discovery failed for ${config.issuer}: ${(error as Error).message}`);
    throw new DomainError("SERVICE_UNAVAILABLE", "The organisation's identity provider did not answer; try again");
  }
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const now = deps.now();
  await deleteStaleSignInAttempts(db, new Date(now.getTime() - 60 * 60 * 1000));
  await insertSignInAttempt(db, {
    stateHash: sha256(state),
    organizationId: config.organizationId,
    nonce,
    codeVerifier,
    redirectUri,
    createdAt: now,
    expiresAt: new Date(now.getTime() + SSO_ATTEMPT_LIFETIME_MS),
  });
  const url = oidc.buildAuthorizationUrl(client, {
    redirect_uri: redirectUri,
    scope: "openid email profile",
    state,
    nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
    login_hint: email,
  });
  return { authorizationUrl: url.href };
}

interface IdTokenClaims {
  sub: string;
  sid: string | null;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
}

/**
 * The platform user for the IdP's subject. A known (issuer, subject) is that user, who must
 * belong to this organisation. A first sign-in is linked to an existing user only through an
 * e-mail the IdP says is verified, in one of the organisation's domains, of a user of this
 * organisation; without such a user, just-in-time provisioning creates one when it is on.
 */
async function userForClaims(db: TenancyDb, deps: SsoDeps, config: StoredSsoConfiguration, claims: IdTokenClaims) {
  const linked = await findUserByIdentity(db, config.issuer, claims.sub);
  if (linked) {
    if (linked.organizationId !== config.organizationId) throw refused("this account belongs to another organisation");
    return linked;
  }
  if (!claims.email || !claims.emailVerified) {
    throw refused("the identity provider has not verified this person's e-mail address");
  }
  let email: string;
  try {
    email = normalizeEmail(claims.email);
  } catch {
    throw refused("the identity provider named no usable e-mail address");
  }
  if (!config.emailDomains.includes(domainOf(email))) {
    throw refused(`${email} is not in a domain this organisation's identity provider vouches for`);
  }
  let user: User | null = await findUserByEmail(db, email);
  if (user && user.organizationId !== config.organizationId) {
    throw refused("this account belongs to another organisation");
  }
  if (!user) {
    if (!config.jitProvisioning) {
      throw refused(`${email} has no account; ask your organisation's owner to invite you`);
    }
    user = await createUser(db, {
      organizationId: config.organizationId,
      email,
      displayName: (claims.name ?? "").trim().slice(0, 100) || email.slice(0, email.indexOf("@")),
      role: config.jitDefaultRole as User["role"],
    });
    deps.log(`single sign-on created user ${user.id} in organisation ${config.organizationId}`);
  }
  await linkIdentity(db, { issuer: config.issuer, subject: claims.sub, userId: user.id, createdAt: deps.now() });
  return user;
}

/**
 * Completes single sign-on from the URL the IdP redirected the browser to: the attempt named by
 * its `state` is used up first (a wrong, used or expired state is refused), then openid-client
 * exchanges the code with the PKCE verifier and validates the ID token (signature by the IdP's
 * JWKS, issuer, audience, expiry, nonce). The session is the same as an e-mail-code sign-in's.
 */
export async function completeSsoSignIn(
  db: TenancyDb,
  deps: { sso: SsoDeps; sessions: SessionDeps },
  input: { callbackUrl: string; clientAddress: string; userAgent?: string | null | undefined },
): Promise<IssuedTokens> {
  const callback = checkCallbackUrl(input.callbackUrl);
  checkUserAgent(input.userAgent);
  const state = callback.searchParams.get("state");
  if (!state) throw refused("the identity provider's answer has no state");
  const attempt = await consumeSignInAttempt(db, sha256(state), deps.sso.now());
  if (!attempt) throw refused("this sign-in has expired or was already used; start again");
  const config = await findSsoConfiguration(db, attempt.organizationId);
  if (!config) throw refused("the organisation no longer uses single sign-on");

  // The redirect_uri sent to the token endpoint is the one the attempt was started with.
  const returned = new URL(attempt.redirectUri);
  returned.search = callback.search;
  let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
  try {
    tokens = await oidc.authorizationCodeGrant(await issuerClient(deps.sso, config), returned, {
      pkceCodeVerifier: attempt.codeVerifier,
      expectedState: state,
      expectedNonce: attempt.nonce,
      idTokenExpected: true,
    });
  } catch (error) {
    deps.sso.log(`single sign-on answer refused for organisation ${config.organizationId}: ${explain(error)}`);
    throw refused("the identity provider's answer did not check out");
  }
  const claims = tokens.claims()!;
  const idToken = tokens.id_token!;
  const user = await userForClaims(db, deps.sso, config, {
    sub: claims.sub,
    sid: typeof claims["sid"] === "string" ? claims["sid"] : null,
    email: typeof claims["email"] === "string" ? claims["email"] : null,
    emailVerified: claims["email_verified"] === true,
    name: typeof claims["name"] === "string" ? claims["name"] : null,
  });
  if (user.disabledAt) throw refused("this account is disabled");
  return startSession(
    db,
    deps.sessions,
    {
      user,
      clientAddress: normalizeClientAddress(input.clientAddress),
      userAgent: input.userAgent,
      method: "sso",
    },
    (tx, session) =>
      insertSsoSession(tx, {
        sessionId: session.id,
        organizationId: config.organizationId,
        issuer: config.issuer,
        subject: claims.sub,
        idpSessionId: typeof claims["sid"] === "string" ? claims["sid"] : null,
        idToken,
      }),
  );
}
