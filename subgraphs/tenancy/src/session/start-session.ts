import { badUserInput } from "@dcx/kit";
import type { TenancyDb } from "../organization/organization.store";
import type { User } from "../user/user.type";
import { type IssuedTokens, issueRefreshToken, withAccessToken } from "./issue-tokens";
import type { SessionDeps } from "./session.deps";
import { SESSION_LIFETIME_MS } from "./session.lifetimes";
import { insertSession } from "./session.store";

export type SignInMethod = "email_code" | "sso";

/** The longest User-Agent kept: enough to recognise a browser, too short to store a payload. */
export const USER_AGENT_MAX = 512;

// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028-\u202e\u2066-\u2069]/;

/**
 * The browser's User-Agent as "Your sessions" shows it: trimmed, at most 512 characters, no
 * control or text-direction characters (BAD_USER_INPUT on `userAgent`, checked before anything
 * else of a sign-in); blank is none.
 */
export function checkUserAgent(raw: string | null | undefined): string | null {
  const text = raw?.trim() ?? "";
  if (text.length > USER_AGENT_MAX || UNPRINTABLE.test(text)) {
    throw badUserInput(
      `The user agent must be at most ${USER_AGENT_MAX} characters without control characters`,
      "userAgent",
    );
  }
  return text || null;
}

export interface StartSessionInput {
  user: User;
  clientAddress: string;
  userAgent?: string | null | undefined;
  method: SignInMethod;
}

/**
 * Starts a session of 30 days for a user who has just proved who they are (an e-mail code or
 * single sign-on): the access token and the session's first refresh token. `alongside` writes
 * in the same transaction (single sign-on's record of the IdP session).
 */
export async function startSession(
  db: TenancyDb,
  deps: SessionDeps,
  input: StartSessionInput,
  alongside?: (tx: TenancyDb, session: { id: string }) => Promise<void>,
): Promise<IssuedTokens> {
  const now = deps.now();
  const { session, refreshToken } = await db.transaction(async (tx) => {
    const session = await insertSession(tx, {
      userId: input.user.id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS),
      clientAddress: input.clientAddress,
      userAgent: checkUserAgent(input.userAgent),
      signInMethod: input.method,
    });
    await alongside?.(tx, session);
    return { session, refreshToken: await issueRefreshToken(tx, session, now) };
  });
  return withAccessToken(deps, session, input.user, refreshToken, now);
}
