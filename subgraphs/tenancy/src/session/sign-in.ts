import type { TenancyDb } from "../organization/organization.store";
import { normalizeClientAddress } from "../sign-in/request-sign-in-code";
import { verifySignInCode } from "../sign-in/verify-sign-in-code";
import type { TenancyDeps } from "../tenancy.deps";
import type { IssuedTokens } from "./issue-tokens";
import { checkUserAgent, startSession } from "./start-session";

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
  checkUserAgent(input.userAgent);
  const user = await verifySignInCode(db, deps.signIn, { email: input.email, code: input.code, clientAddress });
  return startSession(db, deps.sessions, { user, clientAddress, userAgent: input.userAgent, method: "email_code" });
}
