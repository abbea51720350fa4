import { manyByKey, seesNothing, type Visibility, visibleIn } from "@dcx/kit";
import { and, asc, eq, gt, inArray, lte, sql } from "drizzle-orm";
import { type WalletHoldRow, walletHolds, wallets } from "../db/schema";
import type { WalletDb } from "../wallet/wallet.store";
import { HoldStatus, type WalletHold } from "./hold.type";

export const toWalletHold = (row: WalletHoldRow): WalletHold => ({
  id: row.id,
  walletId: row.walletId,
  status: row.status as HoldStatus,
  amountCents: row.amountCents,
  capturedCents: row.capturedCents,
  reason: row.reason,
  expiresAt: row.expiresAt,
  createdAt: row.createdAt,
  settledAt: row.settledAt,
  idempotencyKey: row.idempotencyKey,
});

/** Sum of the wallet's active holds that have not expired at `now`. */
export async function sumActiveHolds(db: WalletDb, walletId: string, now: Date): Promise<bigint> {
  const [row] = await db
    .select({ total: sql<bigint>`coalesce(sum(${walletHolds.amountCents}), 0)::text`.mapWith(BigInt) })
    .from(walletHolds)
    .where(
      and(
        eq(walletHolds.walletId, walletId),
        eq(walletHolds.status, HoldStatus.ACTIVE),
        gt(walletHolds.expiresAt, now),
      ),
    );
  return row?.total ?? 0n;
}

/** The wallets that have active holds past their expiry. */
export async function findWalletIdsWithExpiredHolds(db: WalletDb, now: Date): Promise<string[]> {
  const rows = await db
    .selectDistinct({ walletId: walletHolds.walletId })
    .from(walletHolds)
    .where(and(eq(walletHolds.status, HoldStatus.ACTIVE), lte(walletHolds.expiresAt, now)));
  return rows.map((row) => row.walletId);
}

/** Marks active holds past their expiry as expired: of one wallet, or of every wallet (null). */
export async function expireActiveHolds(db: WalletDb, walletId: string | null, now: Date): Promise<number> {
  const rows = await db
    .update(walletHolds)
    .set({ status: HoldStatus.EXPIRED, settledAt: now })
    .where(
      and(
        walletId ? eq(walletHolds.walletId, walletId) : undefined,
        eq(walletHolds.status, HoldStatus.ACTIVE),
        lte(walletHolds.expiresAt, now),
      ),
    )
    .returning({ id: walletHolds.id });
  return rows.length;
}

export async function findHoldByIdempotencyKey(db: WalletDb, walletId: string, idempotencyKey: string) {
  const [row] = await db
    .select()
    .from(walletHolds)
    .where(and(eq(walletHolds.walletId, walletId), eq(walletHolds.idempotencyKey, idempotencyKey)));
  return row ? { hold: toWalletHold(row), fingerprint: row.requestFingerprint } : null;
}

/** The hold with its wallet's organisation; null when there is none. */
export async function findHoldWithOrganization(db: WalletDb, holdId: string) {
  const [row] = await db
    .select({ hold: walletHolds, organizationId: wallets.organizationId })
    .from(walletHolds)
    .innerJoin(wallets, eq(wallets.id, walletHolds.walletId))
    .where(eq(walletHolds.id, holdId));
  return row ? { hold: toWalletHold(row.hold), organizationId: row.organizationId } : null;
}

export interface NewHold {
  walletId: string;
  amountCents: bigint;
  reason: string;
  expiresAt: Date;
  idempotencyKey: string;
  requestFingerprint: string;
  createdAt: Date;
}

export async function insertHold(db: WalletDb, values: NewHold): Promise<WalletHold> {
  const [row] = await db.insert(walletHolds).values(values).returning();
  return toWalletHold(row!);
}

/** Settles an active hold; call it holding the wallet lock. */
export async function settleHold(
  db: WalletDb,
  holdId: string,
  status: HoldStatus,
  capturedCents: bigint,
  now: Date,
): Promise<WalletHold> {
  const [row] = await db
    .update(walletHolds)
    .set({ status, capturedCents, settledAt: now })
    .where(and(eq(walletHolds.id, holdId), eq(walletHolds.status, HoldStatus.ACTIVE)))
    .returning();
  if (!row) throw new Error(`Hold ${holdId} was not active while its wallet was locked`);
  return toWalletHold(row);
}

/**
 * The holds of many wallets in ONE query, newest first; only active unexpired ones when
 * `activeOnly`. Wallets of organisations outside `visible` have none.
 */
export async function findHoldsByWalletIds(
  db: WalletDb,
  walletIds: readonly string[],
  activeOnly: boolean,
  visible: Visibility,
  now: Date,
): Promise<WalletHold[][]> {
  if (walletIds.length === 0 || seesNothing(visible)) return walletIds.map(() => []);
  const rows = await db
    .select({ hold: walletHolds })
    .from(walletHolds)
    .innerJoin(wallets, eq(wallets.id, walletHolds.walletId))
    .where(
      and(
        inArray(walletHolds.walletId, [...walletIds]),
        visibleIn(wallets.organizationId, visible),
        activeOnly ? eq(walletHolds.status, HoldStatus.ACTIVE) : undefined,
        activeOnly ? gt(walletHolds.expiresAt, now) : undefined,
      ),
    )
    .orderBy(asc(walletHolds.walletId), sql`${walletHolds.createdAt} desc`, sql`${walletHolds.id} desc`);
  // A hold past its expiry that no sweep has reached yet is shown as what it is: expired.
  const holds = rows.map(({ hold }) =>
    toWalletHold(
      hold.status === HoldStatus.ACTIVE && hold.expiresAt <= now
        ? { ...hold, status: HoldStatus.EXPIRED, settledAt: hold.expiresAt }
        : hold,
    ),
  );
  return manyByKey(walletIds, holds, (hold) => hold.walletId);
}
