import { badUserInput, conflict, systemClock } from "@dcx/kit";
import type { WalletRow } from "../db/schema";
import { assertOrganizationId, noWallet } from "../wallet/wallet.errors";
import { lockOrOpenWalletByOrganizationId, lockWalletByOrganizationId, type WalletDb } from "../wallet/wallet.store";
import { type EntryRequest, type PostEntryInput, validateEntryRequest } from "./entry-request";
import { InsufficientFundsError } from "./insufficient-funds";
import { EntryKind, type LedgerEntry } from "./ledger-entry.type";
import { sumActiveHolds } from "../hold/hold.store";
import { findEntryByIdempotencyKey, insertEntry, sumEntries } from "./ledger.store";
import { reviewBalance } from "../wallet/balance-review";

/**
 * Appends one entry to an organisation's ledger. Runs in one transaction holding the wallet
 * row lock, so concurrent charges see each other's effect and cannot overspend, and two
 * requests with the same idempotency key cannot both write. `openWallet` opens the wallet of an
 * organisation that has none yet (its first credit); the caller's right to it must be checked before.
 */
export async function postEntry(
  db: WalletDb,
  input: PostEntryInput,
  now: Date = systemClock(),
  options: { openWallet?: boolean } = {},
): Promise<LedgerEntry> {
  assertOrganizationId(input.organizationId);
  const request = validateEntryRequest(input);
  return db.transaction(async (tx) => {
    const wallet = options.openWallet
      ? await lockOrOpenWalletByOrganizationId(tx, input.organizationId)
      : await lockWalletByOrganizationId(tx, input.organizationId);
    if (!wallet) throw noWallet(input.organizationId);
    return appendEntry(tx, wallet, request, now);
  });
}

export interface AppendOptions {
  /**
   * Post a charge even when it takes `available` below −credit limit. Only for money already
   * consumed (metered usage): refusing that charge would not undo the usage, it would lose the
   * money; the debt shows as a negative balance instead.
   */
  mayOverdraw?: boolean;
}

/**
 * The body of `postEntry`, for a caller that already holds the wallet row lock in `tx`: an
 * idempotent replay returns the first entry, otherwise the entry is written and the low-balance
 * warning reviewed, all under that one lock.
 */
export async function appendEntry(
  tx: WalletDb,
  wallet: WalletRow,
  request: EntryRequest,
  now: Date,
  options: AppendOptions = {},
): Promise<LedgerEntry> {
  const earlier = await findEntryByIdempotencyKey(tx, wallet.id, request.idempotencyKey);
  if (earlier) {
    if (earlier.fingerprint !== request.fingerprint) {
      throw conflict(`Idempotency key ${request.idempotencyKey} was already used for a different entry`);
    }
    return earlier.entry;
  }

  if (request.kind === EntryKind.CHARGE && !options.mayOverdraw) {
    // Money held for others and the credit limit count too: a charge may not spend a hold.
    const held = await sumActiveHolds(tx, wallet.id, now);
    const spendable = (await sumEntries(tx, wallet.id)) - held + wallet.creditLimitCents;
    if (spendable + request.amountCents < 0n) throw new InsufficientFundsError(spendable, -request.amountCents);
  }
  const entry = await insertEntry(tx, {
    walletId: wallet.id,
    kind: request.kind,
    amountCents: request.amountCents,
    description: request.description,
    idempotencyKey: request.idempotencyKey,
    requestFingerprint: request.fingerprint,
  });
  await reviewBalance(tx, wallet, now);
  return entry;
}

export const ENTRIES_DEFAULT = 20;
export const ENTRIES_MAX = 100;

/** How many entries a `Wallet.entries(first:)` page holds: the default when absent, at most 100. */
export function entryPageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return ENTRIES_DEFAULT;
  if (first < 0) throw badUserInput("first must not be negative", "first");
  return Math.min(first, ENTRIES_MAX);
}
