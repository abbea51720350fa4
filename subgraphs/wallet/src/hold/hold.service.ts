import { type Clock, conflict, DomainError, formatScaled, notFound, systemClock } from "@dcx/kit";
import { assertIdempotencyKey, fingerprintOf } from "../ledger/entry-request";
import { EntryKind, type LedgerEntry } from "../ledger/ledger-entry.type";
import { findEntryByIdempotencyKey, insertEntry, sumEntries } from "../ledger/ledger.store";
import { assertOrganizationId, noWallet } from "../wallet/wallet.errors";
import { lockWalletById, lockWalletByOrganizationId, type WalletDb } from "../wallet/wallet.store";
import { assertHoldId, assertPositiveCents, cleanNote, type PlaceHoldInput, validateHoldRequest } from "./hold-request";
import {
  expireActiveHolds,
  findWalletIdsWithExpiredHolds,
  findHoldByIdempotencyKey,
  findHoldWithOrganization,
  insertHold,
  settleHold,
  sumActiveHolds,
} from "./hold.store";
import { HoldStatus, type WalletHold } from "./hold.type";
import { reviewBalance } from "../wallet/balance-review";

/** `shortfall` is what a top-up must add (rand) for the same request to pass. */
const insufficient = (availableCents: bigint, amountCents: bigint, keepAvailableCents: bigint) => {
  const [available, amount, keep] = [availableCents, amountCents, keepAvailableCents].map((c) => formatScaled(c, 2));
  const shortfall = formatScaled(amountCents + keepAvailableCents - availableCents, 2);
  const message =
    keepAvailableCents > 0n
      ? `Insufficient funds: a hold of R${amount} would leave less than the R${keep} that must stay available (R${available} may be spent; R${shortfall} short)`
      : `Insufficient funds: a hold of R${amount} exceeds the R${available} that may be spent (R${shortfall} short)`;
  return new DomainError("INSUFFICIENT_FUNDS", message, {
    available,
    amount,
    ...(keepAvailableCents > 0n ? { keepAvailable: keep } : {}),
    shortfall,
  });
};

/**
 * Reserves money. One transaction holding the wallet row lock: expired holds are swept, then
 * balance − active holds + credit limit must cover the amount plus `keepAvailableCents`, so
 * concurrent holds and charges see each other, `available` never falls below −credit limit, and
 * what must stay available for running VMs is checked against the same locked figures. The same idempotency key with
 * the same request returns the same hold; with a different request it is a CONFLICT.
 */
export async function placeHold(db: WalletDb, input: PlaceHoldInput, clock: Clock = systemClock): Promise<WalletHold> {
  assertOrganizationId(input.organizationId);
  const now = clock();
  const request = validateHoldRequest(input, now);
  return db.transaction(async (tx) => {
    const wallet = await lockWalletByOrganizationId(tx, input.organizationId);
    if (!wallet) throw noWallet(input.organizationId);

    const earlier = await findHoldByIdempotencyKey(tx, wallet.id, request.idempotencyKey);
    if (earlier) {
      if (earlier.fingerprint !== request.fingerprint) {
        throw conflict(`Idempotency key ${request.idempotencyKey} was already used for a different hold`);
      }
      return earlier.hold;
    }

    await expireActiveHolds(tx, wallet.id, now);
    const spendable =
      (await sumEntries(tx, wallet.id)) - (await sumActiveHolds(tx, wallet.id, now)) + wallet.creditLimitCents;
    if (request.amountCents + request.keepAvailableCents > spendable) {
      throw insufficient(spendable, request.amountCents, request.keepAvailableCents);
    }
    const hold = await insertHold(tx, {
      walletId: wallet.id,
      amountCents: request.amountCents,
      reason: request.reason,
      expiresAt: request.expiresAt,
      idempotencyKey: request.idempotencyKey,
      requestFingerprint: request.fingerprint,
      createdAt: now,
    });
    await reviewBalance(tx, wallet, now);
    return hold;
  });
}

export interface CaptureHoldInput {
  holdId: string;
  /** At most the held amount; the rest is released. */
  amountCents: bigint;
  description: string;
  /** The key of the CHARGE entry the capture writes. */
  idempotencyKey: string;
}

/** Loads a hold and locks its wallet; NOT_FOUND when there is no such hold. */
async function lockHold(tx: WalletDb, holdId: string, now: Date) {
  const found = await findHoldWithOrganization(tx, holdId);
  if (!found) throw notFound("Hold", holdId);
  const wallet = await lockWalletByOrganizationId(tx, found.organizationId);
  if (!wallet) throw notFound("Hold", holdId);
  await expireActiveHolds(tx, wallet.id, now);
  // Read again under the lock: another transaction may have settled it meanwhile.
  const locked = await findHoldWithOrganization(tx, holdId);
  return { hold: locked!.hold, organizationId: found.organizationId, wallet };
}

/**
 * Captures all or part of an active, unexpired hold as a CHARGE entry and settles the hold (the
 * remainder is released), in one transaction. A replay with the same key and request returns
 * the same result; the same key for anything else is a CONFLICT.
 */
export async function captureHold(
  db: WalletDb,
  input: CaptureHoldInput,
  clock: Clock = systemClock,
): Promise<{ hold: WalletHold; entry: LedgerEntry }> {
  assertHoldId(input.holdId);
  assertPositiveCents(input.amountCents);
  const description = cleanNote(input.description, "description");
  assertIdempotencyKey(input.idempotencyKey);
  const fingerprint = fingerprintOf(["capture", input.holdId, input.amountCents.toString(), description]);
  const now = clock();
  return db.transaction(async (tx) => {
    const { hold, wallet } = await lockHold(tx, input.holdId, now);
    const earlier = await findEntryByIdempotencyKey(tx, hold.walletId, input.idempotencyKey);
    if (earlier) {
      if (earlier.fingerprint !== fingerprint) {
        throw conflict(`Idempotency key ${input.idempotencyKey} was already used for a different entry`);
      }
      return { hold, entry: earlier.entry };
    }
    if (hold.status !== HoldStatus.ACTIVE) throw conflict(`Hold ${hold.id} is ${hold.status} and cannot be captured`);
    if (input.amountCents > hold.amountCents) {
      throw conflict(
        `Cannot capture R${formatScaled(input.amountCents, 2)}: the hold is R${formatScaled(hold.amountCents, 2)}`,
      );
    }
    const settled = await settleHold(tx, hold.id, HoldStatus.CAPTURED, input.amountCents, now);
    const entry = await insertEntry(tx, {
      walletId: hold.walletId,
      kind: EntryKind.CHARGE,
      amountCents: -input.amountCents,
      description,
      idempotencyKey: input.idempotencyKey,
      requestFingerprint: fingerprint,
    });
    await reviewBalance(tx, wallet, now); // the uncaptured rest comes back
    return { hold: settled, entry };
  });
}

/** Releases an active hold. Releasing a released or expired hold again returns it; a captured one is a CONFLICT. */
export async function releaseHold(
  db: WalletDb,
  input: { holdId: string },
  clock: Clock = systemClock,
): Promise<WalletHold> {
  assertHoldId(input.holdId);
  const now = clock();
  return db.transaction(async (tx) => {
    const { hold, wallet } = await lockHold(tx, input.holdId, now);
    if (hold.status === HoldStatus.ACTIVE) {
      const released = await settleHold(tx, hold.id, HoldStatus.RELEASED, 0n, now);
      await reviewBalance(tx, wallet, now);
      return released;
    }
    if (hold.status === HoldStatus.CAPTURED) throw conflict(`Hold ${hold.id} is captured and cannot be released`);
    return hold;
  });
}

/**
 * Marks every active hold past its expiry as expired; returns how many. Holds also expire lazily
 * (reads ignore them), so this is tidying, done wallet by wallet under each wallet's lock so that
 * a low-balance warning re-arms once the held money is back.
 */
export async function expireHolds(db: WalletDb, now: Date = systemClock()): Promise<number> {
  let expired = 0;
  for (const walletId of await findWalletIdsWithExpiredHolds(db, now)) {
    expired += await db.transaction(async (tx) => {
      const wallet = await lockWalletById(tx, walletId);
      const count = await expireActiveHolds(tx, walletId, now);
      if (wallet) await reviewBalance(tx, wallet, now);
      return count;
    });
  }
  return expired;
}
