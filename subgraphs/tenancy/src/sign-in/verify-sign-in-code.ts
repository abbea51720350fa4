import { DomainError } from "@dcx/kit";
import type { TenancyDb } from "../organization/organization.store";
import { normalizeEmail } from "../user/email-address";
import { findActiveUserByEmail } from "../user/user.store";
import type { User } from "../user/user.type";
import { normalizeClientAddress } from "./request-sign-in-code";
import { hashSignInCode, isWellFormedSignInCode, signInCodeHashesMatch } from "./sign-in-code";
import type { SignInDeps } from "./sign-in.deps";
import { rateLimited, rateWindowStart, secondsUntilRoom, WRONG_CODES_PER_EMAIL } from "./sign-in.limits";
import {
  consumeCode,
  countEvents,
  countWrongAttempt,
  findLiveCodeForUpdate,
  lockEmail,
  recordEvent,
} from "./sign-in.store";

export interface VerifySignInCodeInput {
  email: string;
  code: string;
  clientAddress: string;
}

/** Compared against when there is no live code, so every attempt costs the same work. */
const NO_CODE_HASH = "00".repeat(32);

/** Wrong, expired, used, worn-out and unknown codes all get this one error. */
export const invalidSignInCode = () => new DomainError("UNAUTHENTICATED", "Invalid or expired code");

type Outcome = { kind: "accepted"; user: User } | { kind: "rejected" } | { kind: "limited"; retryAfterSeconds: number };

/**
 * Signs a user in with the code they were sent: once, before it expires, within 5 wrong tries
 * for that code and 5 wrong tries for the address in 15 minutes (a new code does not reset
 * them). Runs under the address's lock, so two attempts with one code cannot both succeed.
 */
export async function verifySignInCode(db: TenancyDb, deps: SignInDeps, input: VerifySignInCodeInput): Promise<User> {
  const email = normalizeEmail(input.email);
  const clientAddress = normalizeClientAddress(input.clientAddress);
  const presented = input.code.trim();
  const now = deps.now();

  const outcome = await db.transaction(async (tx): Promise<Outcome> => {
    await lockEmail(tx, email);
    const wrong = await countEvents(tx, { kind: "code_rejected", email, since: rateWindowStart(now) });
    const retryAfterSeconds = secondsUntilRoom(wrong, WRONG_CODES_PER_EMAIL, now);
    if (retryAfterSeconds !== null) return { kind: "limited", retryAfterSeconds };

    const live = await findLiveCodeForUpdate(tx, email, now);
    const user = await findActiveUserByEmail(tx, email);
    const hashesMatch = signInCodeHashesMatch(
      hashSignInCode(deps.codeSecret, email, presented),
      live?.codeHash ?? NO_CODE_HASH,
    );
    if (live && user && hashesMatch && isWellFormedSignInCode(presented) && (await consumeCode(tx, live.id, now))) {
      return { kind: "accepted", user };
    }
    if (live) await countWrongAttempt(tx, live.id);
    await recordEvent(tx, { kind: "code_rejected", email, clientAddress, occurredAt: now });
    return { kind: "rejected" };
  });

  switch (outcome.kind) {
    case "accepted":
      return outcome.user;
    case "limited":
      throw rateLimited(outcome.retryAfterSeconds);
    case "rejected":
      throw invalidSignInCode();
  }
}
