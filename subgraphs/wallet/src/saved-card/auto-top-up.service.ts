import { badUserInput, type Caller, Money, systemClock } from "@dcx/kit";
import { and, desc, eq, gte, inArray, sql } from "drizzle-orm";
import {
  type AutoTopUpRuleRow,
  autoTopUpRules,
  type CardChargeRow,
  cardCharges,
  type SavedCardRow,
  wallets,
} from "../db/schema";
import { centsOf } from "../hold/hold-amount";
import { normalisedEmail, TOP_UP_MAX_CENTS, TOP_UP_MIN_CENTS } from "../top-up/top-up-request";
import { reviewBalance } from "../wallet/balance-review";
import { requireMoneyRole } from "../wallet/wallet-access";
import { lockWalletById, type WalletDb } from "../wallet/wallet.store";
import { WALLET_CURRENCY } from "../wallet/wallet.service";
import { findSavedCard, isExpired, toCardCharge, toSavedCard } from "./saved-card.store";
import { visibleCard } from "./saved-card.service";
import { COUNTING_STATUSES, southAfricanMonthStart } from "./auto-top-up-review";
import type { AutoTopUpRule, SetAutoTopUpInput } from "./saved-card.type";

/**
 * Sets the organisation's automatic top-up (owners, admins, billing users). The rule is judged at
 * once: a wallet already below the threshold gets its top-up queued in the same transaction.
 * Setting it again clears the failure count and turns it back on (unless `enabled` is false).
 */
export async function setAutoTopUp(
  db: WalletDb,
  caller: Caller | null,
  input: SetAutoTopUpInput,
  now: Date = systemClock(),
): Promise<AutoTopUpRule> {
  const known = requireMoneyRole(caller, input.organizationId);
  const thresholdCents = centsOf(input.threshold, "threshold");
  if (thresholdCents < 0n) throw badUserInput("threshold must not be negative", "threshold");
  const amountCents = centsOf(input.amount, "amount");
  if (amountCents < TOP_UP_MIN_CENTS || amountCents > TOP_UP_MAX_CENTS) {
    throw badUserInput("A top-up must be between R10.00 and R500 000.00", "amount");
  }
  if (!Number.isInteger(input.minHoursBetween) || input.minHoursBetween < 1 || input.minHoursBetween > 720) {
    throw badUserInput("minHoursBetween must be 1 to 720 hours", "minHoursBetween");
  }
  const capCents = centsOf(input.monthlyCap, "monthlyCap");
  if (capCents < amountCents) throw badUserInput("monthlyCap must be at least the amount", "monthlyCap");
  const email = normalisedEmail(input.email);
  if (typeof input.enabled !== "boolean") throw badUserInput("enabled must be true or false", "enabled");
  // An unknown card (or one the caller cannot see) is NOT_FOUND, as everywhere.
  const { card, organizationId } = await visibleCard(db, caller, input.cardId);
  if (organizationId !== input.organizationId) throw badUserInput("The card belongs to another organisation", "cardId");
  if (isExpired(card, now)) throw badUserInput("The card has expired", "cardId");

  return db.transaction(async (tx) => {
    const wallet = await lockWalletById(tx, card.walletId);
    const values = {
      walletId: card.walletId,
      cardId: card.id,
      thresholdCents,
      amountCents,
      minHoursBetween: input.minHoursBetween,
      monthlyCapCents: capCents,
      enabled: input.enabled,
      email,
      consecutiveFailures: 0,
      disabledReason: null,
      setBy: `${known.kind}:${known.id}`,
      updatedAt: now,
    };
    await tx.insert(autoTopUpRules).values(values).onConflictDoUpdate({ target: autoTopUpRules.walletId, set: values });
    await reviewBalance(tx, wallet!, now);
    return (await loadRule(tx, card.walletId, organizationId, now))!;
  });
}

/** The rule as the graph shows it, with its card, use this month and last attempt. */
export async function loadRule(db: WalletDb, walletId: string, organizationId: string, now: Date) {
  const [found] = await db
    .select({ rule: autoTopUpRules })
    .from(autoTopUpRules)
    .where(eq(autoTopUpRules.walletId, walletId));
  if (!found) return null;
  const card = await findSavedCard(db, found.rule.cardId);
  return describeRule(db, found.rule, card!.card, organizationId, now);
}

export async function describeRule(
  db: WalletDb,
  rule: AutoTopUpRuleRow,
  card: SavedCardRow,
  organizationId: string,
  now: Date,
): Promise<AutoTopUpRule> {
  const [facts] = await ruleFacts(db, [rule.id], now);
  return toRule(rule, card, organizationId, now, facts);
}

/** The rule as the graph shows it, from its row, its card and what its charges add up to. */
export function toRule(
  rule: AutoTopUpRuleRow,
  card: SavedCardRow,
  organizationId: string,
  now: Date,
  facts: RuleFacts | undefined,
): AutoTopUpRule {
  return {
    card: toSavedCard(card, organizationId, now),
    threshold: Money.fromCents(rule.thresholdCents, WALLET_CURRENCY),
    amount: Money.fromCents(rule.amountCents, WALLET_CURRENCY),
    minHoursBetween: rule.minHoursBetween,
    email: rule.email,
    monthlyCap: Money.fromCents(rule.monthlyCapCents, WALLET_CURRENCY),
    usedThisMonth: Money.fromCents(facts?.usedCents ?? 0n, WALLET_CURRENCY),
    enabled: rule.enabled,
    consecutiveFailures: rule.consecutiveFailures,
    disabledReason: rule.disabledReason,
    lastAttempt: facts?.last ? toCardCharge(facts.last) : null,
  };
}

export interface RuleFacts {
  ruleId: string;
  usedCents: bigint;
  last: CardChargeRow | null;
}

/** Each rule's use this month and latest charge, for any number of rules in two queries. */
export async function ruleFacts(db: WalletDb, ruleIds: readonly string[], now: Date): Promise<RuleFacts[]> {
  if (!ruleIds.length) return [];
  const used = await db
    .select({
      ruleId: cardCharges.ruleId,
      sum: sql<bigint>`coalesce(sum(${cardCharges.amountCents}), 0)::text`.mapWith(BigInt),
    })
    .from(cardCharges)
    .where(
      and(
        inArray(cardCharges.ruleId, [...ruleIds]),
        inArray(cardCharges.status, COUNTING_STATUSES),
        gte(cardCharges.createdAt, southAfricanMonthStart(now)),
      ),
    )
    .groupBy(cardCharges.ruleId);
  const latest = await db
    .selectDistinctOn([cardCharges.ruleId])
    .from(cardCharges)
    .where(inArray(cardCharges.ruleId, [...ruleIds]))
    .orderBy(cardCharges.ruleId, desc(cardCharges.createdAt), desc(cardCharges.id));
  return ruleIds.map((ruleId) => ({
    ruleId,
    usedCents: used.find((row) => row.ruleId === ruleId)?.sum ?? 0n,
    last: latest.find((row) => row.ruleId === ruleId) ?? null,
  }));
}

/** The periodic check: every enabled rule's wallet is reviewed under its lock, as a balance change would. */
export async function reviewAllAutoTopUps(db: WalletDb, now: Date): Promise<void> {
  const rules = await db
    .select({ walletId: autoTopUpRules.walletId })
    .from(autoTopUpRules)
    .innerJoin(wallets, eq(wallets.id, autoTopUpRules.walletId))
    .where(eq(autoTopUpRules.enabled, true));
  for (const { walletId } of rules) {
    await db.transaction(async (tx) => {
      const wallet = await lockWalletById(tx, walletId);
      await reviewBalance(tx, wallet!, now);
    });
  }
}
