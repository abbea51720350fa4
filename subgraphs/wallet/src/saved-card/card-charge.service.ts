import { type Caller, conflict, systemClock } from "@dcx/kit";
import { and, eq, sql } from "drizzle-orm";
import { autoTopUpRules, type CardChargeRow, cardCharges, savedCards, wallets } from "../db/schema";
import { EntryKind } from "../ledger/ledger-entry.type";
import { postEntry } from "../ledger/ledger.service";
import { sumEntries } from "../ledger/ledger.store";
import { enqueueNotice } from "../notices/notice.store";
import { type PayHostClient, PayHostNoAnswer, PayHostRefusal, type PayHostStatus } from "../paygate/payhost-client";
import { TransactionStatus } from "../paygate/protocol";
import { newTopUpReference } from "../top-up/top-up.service";
import { normalisedEmail, topUpAmountCents } from "../top-up/top-up-request";
import { assertClientIdempotencyKey, assertIdempotencyKey, fingerprintOf } from "../ledger/entry-request";
import { requireMoneyRole } from "../wallet/wallet-access";
import { noWallet } from "../wallet/wallet.errors";
import { lockWalletById, type WalletDb } from "../wallet/wallet.store";
import { autoTopUpFailure, cardChargeReceipt } from "./card-charge.messages";
import type { CardVaultSeal } from "./card-vault-seal";
import { assertCardId, visibleCard } from "./saved-card.service";
import { toCardCharge } from "./saved-card.store";
import { type CardCharge, CardChargeStatus } from "./saved-card.type";

/** What charging a saved card needs besides the database. */
export interface CardChargeDeps {
  payhost: PayHostClient;
  /** The organisation's billing users, for automatic top-ups; null: the rule's address only. */
  billingContacts: ((organizationId: string) => Promise<string[]>) | null;
  /** Opens the card's sealed vault id to charge it. */
  cardVault: CardVaultSeal;
  log: (line: string) => void;
}

export const FAILURES_BEFORE_DISABLING = 3;
const FINAL: readonly string[] = [CardChargeStatus.APPROVED, CardChargeStatus.DECLINED, CardChargeStatus.FAILED];

/** PayGate's word on one charge: its Status, or a refusal (nothing was charged). */
export type PayGateWord = { status: PayHostStatus } | { refused: string };

/**
 * A person pays with a saved card (owners, admins, billing users): the charge is recorded, then
 * made through PayHost at once, and credited only by PayGate's answer. The same key returns the
 * same charge, never a second payment.
 */
export async function payWithSavedCard(
  db: WalletDb,
  deps: CardChargeDeps,
  caller: Caller | null,
  input: { cardId: string; amount: string; email: string; idempotencyKey: string },
  now: Date = systemClock(),
): Promise<CardCharge> {
  // Input first (it needs no database), then the card, then the caller's right to it.
  assertCardId(input.cardId);
  const request = validateChargeRequest(input);
  const { card, organizationId } = await visibleCard(db, caller, input.cardId);
  const known = requireMoneyRole(caller, organizationId);
  const fingerprint = `${request.fingerprint}:${card.id}`;
  const { row, created } = await db.transaction(async (tx) => {
    const wallet = await lockWalletById(tx, card.walletId);
    if (!wallet) throw noWallet(organizationId);
    const [earlier] = await tx
      .select()
      .from(cardCharges)
      .where(and(eq(cardCharges.walletId, wallet.id), eq(cardCharges.idempotencyKey, request.idempotencyKey)));
    if (earlier) {
      if (earlier.requestFingerprint !== fingerprint) {
        throw conflict(`Idempotency key ${request.idempotencyKey} was already used for a different payment`);
      }
      return { row: earlier, created: false };
    }
    const [inserted] = await tx
      .insert(cardCharges)
      .values({
        walletId: wallet.id,
        cardId: card.id,
        reference: newTopUpReference(),
        amountCents: request.amountCents,
        requestedBy: `${known.kind}:${known.id}`,
        email: request.email,
        idempotencyKey: request.idempotencyKey,
        requestFingerprint: fingerprint,
      })
      .returning();
    return { row: inserted!, created: true };
  });
  if (!created) return toCardCharge(row);
  return toCardCharge(await processCharge(db, deps, row.id, now));
}

/** The rules of a card top-up (R10.00 to R500 000.00, an address, a key), checked before any lookup. */
function validateChargeRequest(input: { amount: string; email: string; idempotencyKey: string }) {
  const amountCents = topUpAmountCents(input.amount);
  const email = normalisedEmail(input.email);
  assertIdempotencyKey(input.idempotencyKey);
  assertClientIdempotencyKey(input.idempotencyKey);
  return {
    amountCents,
    email,
    idempotencyKey: input.idempotencyKey,
    fingerprint: fingerprintOf(["saved-card-top-up", amountCents.toString(), email]),
  };
}

/**
 * Charges one queued charge through PayHost (outside any transaction: a slow PayGate holds no
 * lock) and settles it by the answer. A lost answer leaves it `unknown` for `askAboutCharge`.
 */
export async function processCharge(
  db: WalletDb,
  deps: CardChargeDeps,
  chargeId: string,
  now: Date,
): Promise<CardChargeRow> {
  const [claimed] = await db
    .update(cardCharges)
    .set({ status: CardChargeStatus.PROCESSING, lastAskedAt: now })
    .where(and(eq(cardCharges.id, chargeId), eq(cardCharges.status, CardChargeStatus.QUEUED)))
    .returning();
  if (!claimed) return (await db.select().from(cardCharges).where(eq(cardCharges.id, chargeId)))[0]!;
  const [card] = await db.select().from(savedCards).where(eq(savedCards.id, claimed.cardId));
  if (!card || card.removedAt) return settleCharge(db, deps, claimed.id, { refused: "The card was removed" }, now);
  const recipients = await recipientsFor(db, deps, claimed);
  try {
    const status = await deps.payhost.payWithVault({
      reference: claimed.reference,
      vaultId: deps.cardVault.open(card.vaultId, card.walletId),
      amountCents: claimed.amountCents,
      currency: claimed.currency,
      email: claimed.email ?? recipients[0] ?? "billing@dcx.cloud",
    });
    return await settleCharge(db, deps, claimed.id, { status }, now, recipients);
  } catch (error) {
    if (error instanceof PayHostRefusal) {
      return settleCharge(db, deps, claimed.id, { refused: error.message }, now, recipients);
    }
    if (!(error instanceof PayHostNoAnswer)) throw error;
    deps.log(`payhost: charge ${claimed.reference} has no answer, PayGate will be asked: ${error.message}`);
    const [unknown] = await db
      .update(cardCharges)
      .set({ status: CardChargeStatus.UNKNOWN })
      .where(and(eq(cardCharges.id, claimed.id), eq(cardCharges.status, CardChargeStatus.PROCESSING)))
      .returning();
    return unknown ?? (await db.select().from(cardCharges).where(eq(cardCharges.id, claimed.id)))[0]!;
  }
}

/**
 * For a charge whose answer was lost: asks PayGate (a follow-up QueryRequest by our reference)
 * and settles it by the answer. PayGate knowing no payment with that reference after
 * `giveUpAfterMs` means none was made: the charge fails with nothing credited.
 */
export async function askAboutCharge(
  db: WalletDb,
  deps: CardChargeDeps,
  charge: CardChargeRow,
  now: Date,
  giveUpAfterMs = 10 * 60_000,
): Promise<CardChargeRow> {
  const recipients = await recipientsFor(db, deps, charge);
  try {
    const status = await deps.payhost.query(charge.reference);
    return await settleCharge(db, deps, charge.id, { status }, now, recipients);
  } catch (error) {
    const unknownToPayGate = error instanceof PayHostRefusal;
    if (unknownToPayGate && now.getTime() - charge.createdAt.getTime() > giveUpAfterMs) {
      return settleCharge(
        db,
        deps,
        charge.id,
        { refused: "PayGate has no payment with this reference" },
        now,
        recipients,
      );
    }
    deps.log(`payhost: charge ${charge.reference} still unknown: ${(error as Error).message}`);
    const [row] = await db
      .update(cardCharges)
      .set({ lastAskedAt: now })
      .where(eq(cardCharges.id, charge.id))
      .returning();
    return row!;
  }
}

/**
 * Applies PayGate's word to a charge, under a lock on the charge row: a settled charge is never
 * settled again, so a repeated or replayed confirmation credits once (and the ledger entry's key
 * is the charge's id besides). The answer must name our reference, amount and currency.
 */
export async function settleCharge(
  db: WalletDb,
  deps: CardChargeDeps,
  chargeId: string,
  word: PayGateWord,
  now: Date,
  recipients: string[] = [],
): Promise<CardChargeRow> {
  return db.transaction(async (tx) => {
    // The wallet first, as every balance change does, then the charge: one lock order, no deadlock
    // with a balance change that is reviewing the automatic rule.
    const [target] = await tx
      .select({ walletId: cardCharges.walletId })
      .from(cardCharges)
      .where(eq(cardCharges.id, chargeId));
    if (!target) throw new Error(`No card charge ${chargeId}`);
    const wallet = await lockWalletById(tx, target.walletId);
    const [charge] = await tx.select().from(cardCharges).where(eq(cardCharges.id, chargeId)).for("update");
    if (!charge) throw new Error(`No card charge ${chargeId}`);
    if (FINAL.includes(charge.status)) return charge;
    if ("status" in word) {
      const mismatch = mismatchOf(charge, word.status);
      if (mismatch) {
        deps.log(`payhost ALERT: charge ${charge.reference} answer not believed: ${mismatch}`);
        const [row] = await tx
          .update(cardCharges)
          .set({ status: CardChargeStatus.UNKNOWN, lastAskedAt: now })
          .where(eq(cardCharges.id, charge.id))
          .returning();
        return row!;
      }
    }
    const approved = "status" in word && word.status.transactionStatusCode === TransactionStatus.APPROVED;
    const [card] = await tx.select().from(savedCards).where(eq(savedCards.id, charge.cardId));
    const facts = {
      reference: charge.reference,
      amountCents: charge.amountCents,
      maskedNumber: card!.maskedNumber,
      brand: card!.brand,
      at: now,
      automatic: charge.ruleId !== null,
    };
    const result = {
      resultCode: "status" in word ? word.status.resultCode : null,
      resultDescription: "status" in word ? word.status.resultDescription || "Declined" : word.refused.slice(0, 200),
      paygateTransactionId: "status" in word ? word.status.transactionId || null : null,
      settledAt: now,
      lastAskedAt: now,
    };
    if (approved) {
      const entry = await postEntry(
        tx,
        {
          organizationId: wallet!.organizationId,
          amountCents: charge.amountCents,
          kind: EntryKind.TOP_UP,
          description: `Saved-card top-up ${charge.reference}`,
          idempotencyKey: `top-up:card-charge:${charge.id}`,
        },
        now,
      );
      const [row] = await tx
        .update(cardCharges)
        .set({ ...result, status: CardChargeStatus.APPROVED, entryId: entry.id })
        .where(eq(cardCharges.id, charge.id))
        .returning();
      if (charge.ruleId) {
        await tx.update(autoTopUpRules).set({ consecutiveFailures: 0 }).where(eq(autoTopUpRules.id, charge.ruleId));
      }
      const receipt = cardChargeReceipt({
        ...facts,
        balanceCents: await sumEntries(tx, charge.walletId),
        transactionId: result.paygateTransactionId ?? "",
      });
      for (const to of unique([charge.email, ...recipients])) {
        await enqueueNotice(tx, {
          walletId: charge.walletId,
          kind: "card_charge_receipt",
          dedupeKey: `card-charge-receipt:${charge.id}:${to}`,
          recipient: to,
          ...receipt,
        });
      }
      deps.log(`payhost: charge ${charge.reference} approved, R${charge.amountCents} cents credited`);
      return row!;
    }
    const status = "status" in word ? CardChargeStatus.DECLINED : CardChargeStatus.FAILED;
    const [row] = await tx
      .update(cardCharges)
      .set({ ...result, status })
      .where(eq(cardCharges.id, charge.id))
      .returning();
    deps.log(`payhost: charge ${charge.reference} ${status}: ${result.resultDescription}`);
    if (charge.ruleId) await recordRuleFailure(tx, charge, facts, result.resultDescription, recipients, now);
    return row!;
  });
}

/** A failed automatic top-up: counted, e-mailed, and the third in a row turns the rule off. */
async function recordRuleFailure(
  tx: WalletDb,
  charge: CardChargeRow,
  facts: Parameters<typeof autoTopUpFailure>[0] extends infer F ? Omit<F, "reason" | "failures" | "disabled"> : never,
  reason: string,
  recipients: string[],
  now: Date,
) {
  const [rule] = await tx
    .update(autoTopUpRules)
    .set({ consecutiveFailures: sql`${autoTopUpRules.consecutiveFailures} + 1` })
    .where(eq(autoTopUpRules.id, charge.ruleId!))
    .returning();
  const disabled = rule!.enabled && rule!.consecutiveFailures >= FAILURES_BEFORE_DISABLING;
  if (disabled) {
    await tx
      .update(autoTopUpRules)
      .set({
        enabled: false,
        disabledReason: `Turned off after ${rule!.consecutiveFailures} failed top-ups in a row (last: ${reason})`,
        updatedAt: now,
      })
      .where(eq(autoTopUpRules.id, rule!.id));
  }
  const message = autoTopUpFailure({ ...facts, reason, failures: rule!.consecutiveFailures, disabled });
  for (const to of unique([rule!.email, ...recipients])) {
    await enqueueNotice(tx, {
      walletId: charge.walletId,
      kind: "auto_top_up_failure",
      dedupeKey: `auto-top-up-failure:${charge.id}:${to}`,
      recipient: to,
      ...message,
    });
  }
}

function mismatchOf(charge: CardChargeRow, status: PayHostStatus): string | null {
  if (status.reference && status.reference !== charge.reference) return `reference ${status.reference}`;
  if (status.amount !== charge.amountCents.toString()) return `amount ${status.amount}, charged ${charge.amountCents}`;
  if (status.currency !== charge.currency) return `currency ${status.currency}`;
  return null;
}

/** The billing users (and the rule's address) for an automatic charge; none besides the payer for a person's. */
async function recipientsFor(db: WalletDb, deps: CardChargeDeps, charge: CardChargeRow): Promise<string[]> {
  if (!charge.ruleId) return [];
  const [rule] = await db.select().from(autoTopUpRules).where(eq(autoTopUpRules.id, charge.ruleId));
  const [wallet] = await db.select().from(wallets).where(eq(wallets.id, charge.walletId));
  let billing: string[] = [];
  if (deps.billingContacts) {
    billing = await deps.billingContacts(wallet!.organizationId).catch((error: Error) => {
      deps.log(`auto top-up: billing users not known (${error.message}); e-mailing the rule's address only`);
      return [];
    });
  }
  return unique([rule?.email ?? null, ...billing]);
}

const unique = (addresses: (string | null | undefined)[]) => [
  ...new Set(addresses.filter((a): a is string => !!a).map((a) => a.toLowerCase())),
];
