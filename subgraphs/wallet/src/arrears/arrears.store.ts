import { and, asc, eq, inArray, isNotNull, isNull, or, sql } from "drizzle-orm";
import { walletArrears, type WalletArrearsRow, wallets } from "../db/schema";
import type { WalletDb } from "../wallet/wallet.store";

/** The open episode of each wallet (null for none), in one statement. */
export async function findOpenArrearsByWalletIds(
  db: WalletDb,
  walletIds: readonly string[],
): Promise<(WalletArrearsRow | null)[]> {
  if (walletIds.length === 0) return [];
  const rows = await db
    .select()
    .from(walletArrears)
    .where(and(inArray(walletArrears.walletId, [...walletIds]), isNull(walletArrears.settledAt)));
  const byWallet = new Map(rows.map((row) => [row.walletId, row]));
  return walletIds.map((id) => byWallet.get(id) ?? null);
}

export interface PendingArrears {
  arrears: WalletArrearsRow;
  organizationId: string;
  creditLimitCents: bigint;
  lowBalanceEmail: string | null;
}

/** What the arrears job still has to do something about, oldest first. */
export async function findPendingArrears(db: WalletDb, limit: number): Promise<PendingArrears[]> {
  return db
    .select({
      arrears: walletArrears,
      organizationId: wallets.organizationId,
      creditLimitCents: wallets.creditLimitCents,
      lowBalanceEmail: wallets.lowBalanceEmail,
    })
    .from(walletArrears)
    .innerJoin(wallets, eq(wallets.id, walletArrears.walletId))
    .where(
      or(isNull(walletArrears.settledAt), and(isNotNull(walletArrears.suspendedAt), isNull(walletArrears.liftedAt))),
    )
    .orderBy(asc(walletArrears.startedAt))
    .limit(limit);
}

type Stamp = "startNoticeAt" | "finalNoticeAt" | "suspendedAt" | "liftedAt";

/** Records a step as done, once: false when another run stamped it first. */
export async function stampArrears(db: WalletDb, id: string, step: Stamp, at: Date): Promise<boolean> {
  const done = await db
    .update(walletArrears)
    .set({ [step]: at })
    .where(and(eq(walletArrears.id, id), isNull(walletArrears[step])))
    .returning({ id: walletArrears.id });
  return done.length > 0;
}

/** Every episode of a wallet, newest first (tests and support). */
export async function findArrearsHistory(db: WalletDb, walletId: string): Promise<WalletArrearsRow[]> {
  return db
    .select()
    .from(walletArrears)
    .where(eq(walletArrears.walletId, walletId))
    .orderBy(sql`${walletArrears.startedAt} desc`);
}
