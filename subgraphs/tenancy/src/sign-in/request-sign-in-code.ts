import { emailCodesAllowed } from "../sso/email-codes-allowed";
import { normalizeEmail } from "../user/email-address";
import { findActiveUserByEmail } from "../user/user.store";
import type { TenancyDb } from "../organization/organization.store";
import { generateSignInCode, hashSignInCode } from "./sign-in-code";
import { dispatchSignInCode } from "./sign-in-email";
import { type SignInDeps, UNKNOWN_CLIENT_ADDRESS } from "./sign-in.deps";
import {
  CODE_LIFETIME_SECONDS,
  NEW_CODE_SPACING_SECONDS,
  rateLimited,
  REQUEST_WINDOW_MS,
  REQUESTS_PER_CLIENT_ADDRESS,
  secondsUntilRoom,
  windowStart,
} from "./sign-in.limits";
import {
  countEvents,
  findLiveCodeForUpdate,
  insertCode,
  lockClientAddress,
  lockEmail,
  recordEvent,
  retireLiveCodes,
} from "./sign-in.store";

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
 * either way, and the client's limit counts requests for unknown addresses too, so neither tells
 * a caller which addresses have accounts. A new code retires the address's earlier ones.
 *
 * No request is ever refused because of the e-mail address (a cap per address would let anyone
 * use it up and keep the owner out); instead, while the newest code is alive and less than a
 * minute old, no new one is sent: every code goes to the owner's inbox, so the one sent moments
 * ago works. A code worn out by wrong guesses is replaced at once.
 */
export async function requestSignInCode(
  db: TenancyDb,
  deps: SignInDeps,
  input: SignInCodeRequestInput,
): Promise<SignInCodeRequestAnswer> {
  const email = normalizeEmail(input.email);
  const clientAddress = normalizeClientAddress(input.clientAddress);
  const now = deps.now();

  const code = await db.transaction(async (tx) => {
    await lockEmail(tx, email);
    // Every caller shares the unknown address: limiting it would let anyone block every sign-in.
    if (clientAddress !== UNKNOWN_CLIENT_ADDRESS) {
      await lockClientAddress(tx, clientAddress);
      const since = windowStart(now, REQUEST_WINDOW_MS);
      const fromClient = await countEvents(tx, { kind: "code_requested", clientAddress, since });
      const retryAfter = secondsUntilRoom(fromClient, REQUESTS_PER_CLIENT_ADDRESS, REQUEST_WINDOW_MS, now);
      if (retryAfter !== null) throw rateLimited(retryAfter);
    }

    await recordEvent(tx, { kind: "code_requested", email, clientAddress, occurredAt: now });
    const user = await findActiveUserByEmail(tx, email);
    // Answered as always: whether an organisation signs in by single sign-on only is no secret,
    // but the answer must not tell whether this address has an account.
    if (!user || !(await emailCodesAllowed(tx, user.organizationId))) return null;
    const live = await findLiveCodeForUpdate(tx, email, now);
    if (live && now.getTime() - live.createdAt.getTime() < NEW_CODE_SPACING_SECONDS * 1000) return null;
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
