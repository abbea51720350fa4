import { badUserInput, DomainError } from "@dcx/kit";
import type { TenancyDb } from "../organization/organization.store";
import { normalizeEmail } from "../user/email-address";
import { emailCodesAllowed } from "../sso/email-codes-allowed";
import { findActiveUserByEmail } from "../user/user.store";
import type { User } from "../user/user.type";
import { normalizeClientAddress } from "./request-sign-in-code";
import { hashSignInCode, isWellFormedSignInCode, signInCodeHashesMatch } from "./sign-in-code";
import type { SignInDeps } from "./sign-in.deps";
import { secondsBeforeNextGuess } from "./sign-in.guess-throttle";
import { rateLimited } from "./sign-in.limits";
import { consumeCode, countWrongAttempt, findLiveCodeForUpdate, lockEmail, recordEvent } from "./sign-in.store";

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
 * Signs a user in with the code they were sent: once, before it expires, within 5 wrong guesses
 * for that code. A wrong guess wears out only the code it was compared with and counts against
 * the guessing client, never against the e-mail address, so nobody can lock its owner out; the
 * client and global throttles (`secondsBeforeNextGuess`) keep guessing slow. Runs under the
 * address's lock, so two attempts with one code cannot both succeed.
 */
export async function verifySignInCode(db: TenancyDb, deps: SignInDeps, input: VerifySignInCodeInput): Promise<User> {
  const email = normalizeEmail(input.email);
  const clientAddress = normalizeClientAddress(input.clientAddress);
  const presented = typeof input.code === "string" ? input.code.trim() : "";
  // What cannot be a code is not a guess: refused as input, before any lock, count or record.
  if (!isWellFormedSignInCode(presented)) throw badUserInput("The code is the 6 digits from the e-mail", "code");
  const now = deps.now();

  const outcome = await db.transaction(async (tx): Promise<Outcome> => {
    await lockEmail(tx, email);
    const retryAfterSeconds = await secondsBeforeNextGuess(tx, clientAddress, now);
    if (retryAfterSeconds !== null) return { kind: "limited", retryAfterSeconds };

    const live = await findLiveCodeForUpdate(tx, email, now);
    const user = await findActiveUserByEmail(tx, email);
    const hashesMatch = signInCodeHashesMatch(
      hashSignInCode(deps.codeSecret, email, presented),
      live?.codeHash ?? NO_CODE_HASH,
    );
    // A code sent before the organisation turned codes off no longer works.
    const allowed = user ? await emailCodesAllowed(tx, user.organizationId) : false;
    if (live && user && hashesMatch && allowed && (await consumeCode(tx, live.id, now))) {
      return { kind: "accepted", user };
    }
    if (live) await countWrongAttempt(tx, live.id);
    // Recorded with the address for the record, but only the client's and the global throttles count it.
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
