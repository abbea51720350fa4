import { Money, seesNothing, type Visibility, visibleIn } from "@dcx/kit";
import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import {
  type AutoTopUpRuleRow,
  autoTopUpRules,
  type CardChargeRow,
  cardCharges,
  type SavedCardRow,
  savedCards,
  wallets,
} from "../db/schema";
import type { WalletDb } from "../wallet/wallet.store";
import { type CardCharge, type CardChargeStatus, type SavedCard } from "./saved-card.type";

/** True once the card's expiry month has ended (cards are valid to the month's last day). */
export const isExpired = (row: Pick<SavedCardRow, "expiryMonth" | "expiryYear">, now: Date) =>
  row.expiryYear * 12 + row.expiryMonth < now.getUTCFullYear() * 12 + now.getUTCMonth() + 1;

/** What the graph may show of a card: never the vault id. */
export const toSavedCard = (row: SavedCardRow, organizationId: string, now: Date): SavedCard => ({
  id: row.id,
  brand: row.brand,
  maskedNumber: row.maskedNumber,
  expiryMonth: row.expiryMonth,
  expiryYear: row.expiryYear,
  expired: isExpired(row, now),
  savedBy: row.savedBy,
  savedAt: row.createdAt,
  walletId: row.walletId,
  organizationId,
});

export const toCardCharge = (row: CardChargeRow): CardCharge => ({
  id: row.id,
  reference: row.reference,
  amount: Money.fromCents(row.amountCents, row.currency),
  status: row.status as CardChargeStatus,
  automatic: row.ruleId !== null,
  resultDescription: row.resultDescription,
  createdAt: row.createdAt,
  settledAt: row.settledAt,
  cardId: row.cardId,
  walletId: row.walletId,
});

/** The saved (not removed) cards of many wallets, newest first, visible ones only: one query. */
export async function findSavedCardsByWalletIds(
  db: WalletDb,
  walletIds: readonly string[],
  visible: Visibility,
): Promise<{ card: SavedCardRow; organizationId: string }[]> {
  if (!walletIds.length || seesNothing(visible)) return [];
  return db
    .select({ card: savedCards, organizationId: wallets.organizationId })
    .from(savedCards)
    .innerJoin(wallets, eq(wallets.id, savedCards.walletId))
    .where(
      and(
        inArray(savedCards.walletId, [...walletIds]),
        isNull(savedCards.removedAt),
        visibleIn(wallets.organizationId, visible),
      ),
    )
    .orderBy(desc(savedCards.createdAt), desc(savedCards.id));
}

/** A card with its organisation, removed or not; null when unknown. */
export async function findSavedCard(db: WalletDb, cardId: string) {
  const [row] = await db
    .select({ card: savedCards, organizationId: wallets.organizationId })
    .from(savedCards)
    .innerJoin(wallets, eq(wallets.id, savedCards.walletId))
    .where(eq(savedCards.id, cardId));
  return row ?? null;
}

/** The rules of many wallets with their cards, visible ones only: one query. */
export async function findRulesByWalletIds(db: WalletDb, walletIds: readonly string[], visible: Visibility) {
  if (!walletIds.length || seesNothing(visible)) return [];
  return db
    .select({ rule: autoTopUpRules, card: savedCards, organizationId: wallets.organizationId })
    .from(autoTopUpRules)
    .innerJoin(savedCards, eq(savedCards.id, autoTopUpRules.cardId))
    .innerJoin(wallets, eq(wallets.id, autoTopUpRules.walletId))
    .where(and(inArray(autoTopUpRules.walletId, [...walletIds]), visibleIn(wallets.organizationId, visible)));
}

/** The latest charges of many wallets, at most `limit` each, visible ones only: one query. */
export async function findLatestChargesByWalletIds(
  db: WalletDb,
  walletIds: readonly string[],
  limit: number,
  visible: Visibility,
): Promise<CardChargeRow[]> {
  if (!walletIds.length || seesNothing(visible) || limit === 0) return [];
  const ranked = db
    .select({
      id: cardCharges.id,
      rank: sql<number>`row_number() over (partition by ${cardCharges.walletId} order by ${cardCharges.createdAt} desc, ${cardCharges.id} desc)`.as(
        "rank",
      ),
    })
    .from(cardCharges)
    .where(inArray(cardCharges.walletId, [...walletIds]))
    .as("ranked");
  const rows = await db
    .select({ charge: cardCharges })
    .from(cardCharges)
    .innerJoin(ranked, eq(ranked.id, cardCharges.id))
    .innerJoin(wallets, eq(wallets.id, cardCharges.walletId))
    .where(and(sql`${ranked.rank} <= ${limit}`, visibleIn(wallets.organizationId, visible)))
    .orderBy(desc(cardCharges.createdAt), desc(cardCharges.id));
  return rows.map((row) => row.charge);
}

export async function findRuleByWalletId(db: WalletDb, walletId: string): Promise<AutoTopUpRuleRow | null> {
  const [row] = await db.select().from(autoTopUpRules).where(eq(autoTopUpRules.walletId, walletId));
  return row ?? null;
}
