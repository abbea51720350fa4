import { Money, type Visibility, seesNothing, visibleIn } from "@dcx/kit";
import { and, asc, desc, eq, inArray, lt, sql } from "drizzle-orm";
import { paygateEvents, type TopUpRow, topUps, wallets } from "../db/schema";
import type { WalletDb } from "../wallet/wallet.store";
import { type TopUp, TopUpStatus } from "./top-up.type";

type TopUpWithOrganization = { top_up: TopUpRow; organizationId: string };

export const toTopUp = ({ top_up: row, organizationId }: TopUpWithOrganization): TopUp => ({
  id: row.id,
  walletId: row.walletId,
  organizationId,
  reference: row.reference,
  amount: Money.fromCents(row.amountCents, row.currency),
  status: row.status as TopUpStatus,
  email: row.email,
  resultDescription: row.resultDescription,
  createdAt: row.createdAt,
  settledAt: row.settledAt,
  saveCard: row.saveCard,
});

const withOrganization = (db: WalletDb) =>
  db
    .select({ top_up: topUps, organizationId: wallets.organizationId })
    .from(topUps)
    .innerJoin(wallets, eq(wallets.id, topUps.walletId));

export type NewTopUp = typeof topUps.$inferInsert;

export async function insertTopUp(db: WalletDb, values: NewTopUp): Promise<TopUpRow> {
  const [row] = await db.insert(topUps).values(values).returning();
  return row!;
}

export async function findTopUpByIdempotencyKey(db: WalletDb, walletId: string, key: string) {
  const [row] = await db
    .select()
    .from(topUps)
    .where(and(eq(topUps.walletId, walletId), eq(topUps.idempotencyKey, key)));
  return row ?? null;
}

export async function findTopUpById(db: WalletDb, id: string): Promise<TopUpWithOrganization | null> {
  const [row] = await withOrganization(db).where(eq(topUps.id, id));
  return row ?? null;
}

/** The top-up PayGate means, locked until the transaction ends: one settlement at a time. */
export async function lockTopUpByPayRequestId(db: WalletDb, payRequestId: string): Promise<TopUpRow | null> {
  const [row] = await db.select().from(topUps).where(eq(topUps.payRequestId, payRequestId)).for("update");
  return row ?? null;
}

export async function updateTopUp(db: WalletDb, id: string, values: Partial<NewTopUp>): Promise<TopUpRow> {
  const [row] = await db.update(topUps).set(values).where(eq(topUps.id, id)).returning();
  return row!;
}

/** Top-ups of many wallets, newest first, at most `limit` each, visible ones only. */
export async function findLatestTopUpsByWalletIds(
  db: WalletDb,
  walletIds: readonly string[],
  limit: number,
  visible: Visibility,
): Promise<TopUp[]> {
  if (!walletIds.length || seesNothing(visible) || limit === 0) return [];
  const ranked = db
    .select({
      id: topUps.id,
      rank: sql<number>`row_number() over (partition by ${topUps.walletId} order by ${topUps.createdAt} desc, ${topUps.id} desc)`.as(
        "rank",
      ),
    })
    .from(topUps)
    .where(inArray(topUps.walletId, [...walletIds]))
    .as("ranked");
  const rows = await withOrganization(db)
    .innerJoin(ranked, eq(ranked.id, topUps.id))
    .where(and(sql`${ranked.rank} <= ${limit}`, visibleIn(wallets.organizationId, visible)))
    .orderBy(desc(topUps.createdAt), desc(topUps.id));
  return rows.map((row) => toTopUp({ top_up: row.top_up, organizationId: row.organizationId }));
}

/** Pending top-ups not heard about since `before`, oldest first: the reconciliation's work list. */
export async function findPendingTopUps(db: WalletDb, before: Date, limit: number): Promise<TopUpRow[]> {
  return db
    .select()
    .from(topUps)
    .where(
      and(
        eq(topUps.status, TopUpStatus.PENDING),
        lt(topUps.createdAt, before),
        sql`coalesce(${topUps.lastQueriedAt}, ${topUps.createdAt}) < ${before.toISOString()}::timestamptz`,
      ),
    )
    .orderBy(asc(topUps.createdAt))
    .limit(limit);
}

export interface PayGateEvent {
  topUpId: string | null;
  source: "notify" | "query" | "return";
  outcome: string;
  detail: string;
  fields: Record<string, string>;
}

export async function recordPayGateEvent(db: WalletDb, event: PayGateEvent): Promise<void> {
  await db.insert(paygateEvents).values(event);
}
