import { normalizeEmail } from "../user/email-address";
import { findActiveUserByEmail } from "../user/user.store";
import type { TenancyDb } from "../organization/organization.store";
import { generateSignInCode, hashSignInCode } from "./sign-in-code";
import { dispatchSignInCode } from "./sign-in-email";
import { type SignInDeps, UNKNOWN_CLIENT_ADDRESS } from "./sign-in.deps";
import {
  CODE_LIFETIME_SECONDS,
  rateLimited,
  rateWindowStart,
  REQUESTS_PER_CLIENT_ADDRESS,
  REQUESTS_PER_EMAIL,
  secondsUntilRoom,
} from "./sign-in.limits";
import { countEvents, insertCode, lockClientAddress, lockEmail, recordEvent, retireLiveCodes } from "./sign-in.store";

export interface SignInCodeRequestInput {
  email: string;
  clientAddress: string;
}

export interface SignInCodeRequestAnswer {
  accepted: true;
  expiresInSeconds: number;
}

/**
 * Sends a sign-in code to the address when it belongs to an active user. The answer is the same
 * either way, and the rate limits count requests for unknown addresses too, so neither tells
 * a caller which addresses have accounts. A new code retires the address's earlier ones.
 */
export async function requestSignInCode(
  db: TenancyDb,
  deps: SignInDeps,
  input: SignInCodeRequestInput,
): Promise<SignInCodeRequestAnswer> {
  const email = normalizeEmail(input.email);
  const clientAddress = normalizeClientAddress(input.clientAddress);
  const now = deps.now();
  const since = rateWindowStart(now);

  const code = await db.transaction(async (tx) => {
    await lockEmail(tx, email);
    const waits = [
      secondsUntilRoom(await countEvents(tx, { kind: "code_requested", email, since }), REQUESTS_PER_EMAIL, now),
    ];
    // Every caller shares the unknown address: limiting it would let anyone block every sign-in.
    if (clientAddress !== UNKNOWN_CLIENT_ADDRESS) {
      await lockClientAddress(tx, clientAddress);
      const fromAddress = await countEvents(tx, { kind: "code_requested", clientAddress, since });
      waits.push(secondsUntilRoom(fromAddress, REQUESTS_PER_CLIENT_ADDRESS, now));
    }
    const retryAfter = Math.max(0, ...waits.map((wait) => wait ?? 0));
    if (retryAfter > 0) throw rateLimited(retryAfter);

    await recordEvent(tx, { kind: "code_requested", email, clientAddress, occurredAt: now });
    if (!(await findActiveUserByEmail(tx, email))) return null;
    const fresh = generateSignInCode();
    await retireLiveCodes(tx, email, now);
    await insertCode(tx, {
      email,
      codeHash: hashSignInCode(deps.codeSecret, email, fresh),
      createdAt: now,
      expiresAt: new Date(now.getTime() + CODE_LIFETIME_SECONDS * 1000),
      clientAddress,
    });
    return fresh;
  });

  if (code) dispatchSignInCode(deps, email, code);
  return { accepted: true, expiresInSeconds: CODE_LIFETIME_SECONDS };
}

/** Trimmed and lower-cased (IPv6), at most 100 characters; empty means unknown. */
export function normalizeClientAddress(raw: string): string {
  const address = raw.trim().toLowerCase().slice(0, 100);
  return address || UNKNOWN_CLIENT_ADDRESS;
}
