import { notFound, systemClock } from "@dcx/kit";
import { assertOrganizationId } from "../wallet/wallet.errors";
import { lockWalletByOrganizationId, type WalletDb } from "../wallet/wallet.store";
import { validateEntryRequest } from "./entry-request";
import { EntryKind, type LedgerEntry } from "./ledger-entry.type";
import { appendEntry } from "./ledger.service";

export interface UsageChargeInput {
  organizationId: string;
  /**
   * What the usage cost, in cents, VAT included: positive is taken from the wallet (a CHARGE),
   * negative gives back an earlier over-charge (a REFUND). Never zero.
   */
  amountCents: bigint;
  description: string;
  /** One per organisation and day from the billing service (`usage:<organizationId>:<day>`). */
  idempotencyKey: string;
}

/**
 * Posts metered usage to the organisation's ledger: one entry through the ledger's own rules
 * (row lock, idempotency key and fingerprint, sign per kind, low-balance review).
 *
 * Unlike other charges it is never refused for want of funds: the usage has already happened,
 * so refusing its charge would not stop it, only lose the money. It may take `available` below
 * −credit limit; the debt then stands as a negative balance (and refuses new holds) until paid.
 *
 * The wallet must exist: an organisation without one is NOT_FOUND and nothing is written.
 */
export async function postUsageCharge(
  db: WalletDb,
  input: UsageChargeInput,
  now: Date = systemClock(),
): Promise<LedgerEntry> {
  assertOrganizationId(input.organizationId);
  const { amountCents } = input;
  const request = validateEntryRequest({
    organizationId: input.organizationId,
    // The ledger signs by kind: a charge is negative, a refund positive.
    kind: typeof amountCents === "bigint" && amountCents < 0n ? EntryKind.REFUND : EntryKind.CHARGE,
    amountCents: typeof amountCents === "bigint" ? -amountCents : amountCents,
    description: input.description,
    idempotencyKey: input.idempotencyKey,
  });
  return db.transaction(async (tx) => {
    const wallet = await lockWalletByOrganizationId(tx, input.organizationId);
    if (!wallet) throw notFound("Wallet of organisation", input.organizationId);
    return appendEntry(tx, wallet, request, now, { mayOverdraw: true });
  });
}
