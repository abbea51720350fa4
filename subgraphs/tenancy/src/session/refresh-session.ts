import { badUserInput } from "@dcx/kit";
import { hashSecret } from "../credentials/secret";
import type { TenancyDb } from "../organization/organization.store";
import { normalizeClientAddress } from "../sign-in/request-sign-in-code";
import type { User } from "../user/user.type";
import { type IssuedTokens, issueRefreshToken, withAccessToken } from "./issue-tokens";
import type { SessionDeps } from "./session.deps";
import { invalidRefreshToken, REVOKED } from "./session.lifetimes";
import { findRefreshTokenForUpdate, markRefreshTokenUsed, recordRefresh, revokeSessionRow } from "./session.store";

export interface RefreshSessionInput {
  refreshToken: string;
  clientAddress: string;
}

/**
 * What any refresh token can look like (`dcx_rt_` + base64url). Text that cannot be one —
 * control characters, 10 000 characters — is refused as input before any look-up; every
 * well-formed token that does not work stays one UNAUTHENTICATED answer.
 */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{1,256}$/;

type Outcome =
  | { kind: "refreshed"; session: { id: string }; user: User; refreshToken: string }
  | { kind: "reused" }
  | { kind: "invalid" };

/**
 * Rotates a refresh token: the presented one is used up and a new one (with a new access token)
 * is answered. One transaction holds the token's and the session's rows, so a token is used at
 * most once. A token that was already used means a copy exists somewhere else: the whole session
 * is revoked (RFC 9700 §4.14.2) and the caller gets UNAUTHENTICATED, as for an unknown, expired
 * or revoked token. Two simultaneous refreshes with one token are one use and one reuse: the
 * first succeeds, the second ends the session.
 */
export async function refreshSession(
  db: TenancyDb,
  deps: SessionDeps,
  input: RefreshSessionInput,
): Promise<IssuedTokens> {
  const now = deps.now();
  const clientAddress = normalizeClientAddress(input.clientAddress);
  const presented = input.refreshToken.trim();
  if (!TOKEN_SHAPE.test(presented)) throw badUserInput("This is not a refresh token", "refreshToken");
  const tokenHash = hashSecret(presented);

  const outcome = await db.transaction(async (tx): Promise<Outcome> => {
    const found = await findRefreshTokenForUpdate(tx, tokenHash);
    if (!found) return { kind: "invalid" };
    const { token, session, user } = found;
    if (token.usedAt) {
      await revokeSessionRow(tx, session.id, REVOKED.refreshTokenReuse, now);
      return { kind: "reused" };
    }
    const ended = session.revokedAt !== null || session.expiresAt <= now || user.disabledAt !== null;
    if (ended || token.expiresAt <= now) return { kind: "invalid" };

    await markRefreshTokenUsed(tx, token.id, now);
    await recordRefresh(tx, session.id, now, clientAddress);
    return { kind: "refreshed", session, user, refreshToken: await issueRefreshToken(tx, session, now) };
  });

  switch (outcome.kind) {
    case "refreshed":
      return withAccessToken(deps, outcome.session, outcome.user, outcome.refreshToken, now);
    case "reused":
    case "invalid":
      throw invalidRefreshToken();
  }
}
