import type { TenancyDb } from "../organization/organization.store";
import { normalizeClientAddress } from "../sign-in/request-sign-in-code";
import { verifySignInCode } from "../sign-in/verify-sign-in-code";
import type { TenancyDeps } from "../tenancy.deps";
import { type IssuedTokens, issueRefreshToken, withAccessToken } from "./issue-tokens";
import { SESSION_LIFETIME_MS } from "./session.lifetimes";
import { insertSession } from "./session.store";

export interface SignInInput {
  email: string;
  code: string;
  clientAddress: string;
  userAgent?: string | null;
}

/**
 * Signs a user in with the e-mail code they were sent (every rule of `verifySignInCode` applies)
 * and starts a session of 30 days: an access token and the session's first refresh token.
 */
export async function signIn(db: TenancyDb, deps: TenancyDeps, input: SignInInput): Promise<IssuedTokens> {
  const clientAddress = normalizeClientAddress(input.clientAddress);
  const user = await verifySignInCode(db, deps.signIn, { email: input.email, code: input.code, clientAddress });
  const now = deps.sessions.now();
  const { session, refreshToken } = await db.transaction(async (tx) => {
    const session = await insertSession(tx, {
      userId: user.id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS),
      clientAddress,
      userAgent: input.userAgent ?? null,
    });
    return { session, refreshToken: await issueRefreshToken(tx, session, now) };
  });
  return withAccessToken(deps.sessions, session, user, refreshToken, now);
}
