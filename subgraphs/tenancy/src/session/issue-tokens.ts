import { signAccessToken } from "@dcx/kit";
import { hashSecret, newSecret, REFRESH_TOKEN_PREFIX } from "../credentials/secret";
import type { TenancyDb } from "../organization/organization.store";
import type { User } from "../user/user.type";
import type { SessionDeps } from "./session.deps";
import { refreshTokenExpiry } from "./session.lifetimes";
import { insertRefreshToken } from "./session.store";

export interface IssuedTokens {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  user: User;
}

/** Stores a new refresh token for the session (its hash only) and answers the token itself. */
export async function issueRefreshToken(
  tx: TenancyDb,
  session: { id: string; expiresAt: Date },
  now: Date,
): Promise<string> {
  const refreshToken = newSecret(REFRESH_TOKEN_PREFIX);
  await insertRefreshToken(tx, {
    sessionId: session.id,
    tokenHash: hashSecret(refreshToken),
    createdAt: now,
    expiresAt: refreshTokenExpiry(now, session.expiresAt),
  });
  return refreshToken;
}

/** Signs an access token for the session with tenancy's session key. */
export async function withAccessToken(
  deps: SessionDeps,
  session: { id: string },
  user: User,
  refreshToken: string,
  now: Date,
): Promise<IssuedTokens> {
  const { token, expiresAt } = await signAccessToken(deps.signingKey, { sessionId: session.id, userId: user.id }, now);
  return { accessToken: token, accessTokenExpiresAt: expiresAt, refreshToken, user };
}
