import { randomUUID } from "node:crypto";
import { and, eq, gte, inArray, sql } from "drizzle-orm";
import { autoTopUpRules, cardCharges, type WalletRow } from "../db/schema";
import { fingerprintOf } from "../ledger/entry-request";
import { newTopUpReference } from "../top-up/top-up.service";
import type { WalletDb } from "../wallet/wallet.store";
import { CardChargeStatus } from "./saved-card.type";

/** Charges of a rule that count against its monthly cap and its pause: made, or still possible. */
export const COUNTING_STATUSES = [
  CardChargeStatus.QUEUED,
  CardChargeStatus.PROCESSING,
  CardChargeStatus.UNKNOWN,
  CardChargeStatus.APPROVED,
];

/** The first moment of `now`'s calendar month in South African time (UTC+2, no daylight saving). */
export function southAfricanMonthStart(now: Date): Date {
  const local = new Date(now.getTime() + 2 * 3600_000);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), 1) - 2 * 3600_000);
}

/** What the rule charged, or may still charge, this calendar month. */
export async function usedThisMonth(db: WalletDb, ruleId: string, now: Date): Promise<bigint> {
  const [row] = await db
    .select({ sum: sql<bigint>`coalesce(sum(${cardCharges.amountCents}), 0)::text`.mapWith(BigInt) })
    .from(cardCharges)
    .where(
      and(
        eq(cardCharges.ruleId, ruleId),
        inArray(cardCharges.status, COUNTING_STATUSES),
        gte(cardCharges.createdAt, southAfricanMonthStart(now)),
      ),
    );
  return row?.sum ?? 0n;
}

/**
 * Part of `reviewBalance` (under the wallet row lock): when an enabled rule's threshold is above
 * `available`, queues one automatic top-up, unless one is open, one was made within the rule's
 * pause, or it would pass the month's cap. Queuing is all: the job charges the card outside
 * this transaction. The partial unique index `wallet_card_charges_one_open_per_rule` keeps a
 * second open charge out even if two reviews ever ran at once.
 */
export async function reviewAutoTopUp(db: WalletDb, wallet: WalletRow, available: bigint, now: Date): Promise<void> {
  const [rule] = await db
    .select()
    .from(autoTopUpRules)
    .where(and(eq(autoTopUpRules.walletId, wallet.id), eq(autoTopUpRules.enabled, true)));
  if (!rule || available >= rule.thresholdCents) return;
  const pauseStart = new Date(now.getTime() - rule.minHoursBetween * 3600_000);
  const [recent] = await db
    .select({ id: cardCharges.id })
    .from(cardCharges)
    .where(
      and(
        eq(cardCharges.ruleId, rule.id),
        sql`(${cardCharges.status} in ('queued', 'processing', 'unknown') or ${cardCharges.createdAt} > ${pauseStart.toISOString()}::timestamptz)`,
      ),
    )
    .limit(1);
  if (recent) return;
  if ((await usedThisMonth(db, rule.id, now)) + rule.amountCents > rule.monthlyCapCents) return;
  const key = `auto-top-up:${randomUUID()}`;
  await db
    .insert(cardCharges)
    .values({
      walletId: wallet.id,
      cardId: rule.cardId,
      ruleId: rule.id,
      reference: newTopUpReference(),
      amountCents: rule.amountCents,
      requestedBy: `auto-top-up:${rule.id}`,
      idempotencyKey: key,
      requestFingerprint: fingerprintOf(["auto-top-up", rule.id, rule.amountCents.toString()]),
      createdAt: now,
    })
    .onConflictDoNothing();
}
