import { and, eq, isNull } from "drizzle-orm";
import { walletArrears, type WalletArrearsRow, type WalletRow } from "../db/schema";
import type { WalletDb } from "../wallet/wallet.store";

const HOUR_MS = 3_600_000;

/** Below minus the credit limit: only metered usage, already consumed, can take `available` there. */
export const inArrears = (wallet: WalletRow, availableCents: bigint) => availableCents < -wallet.creditLimitCents;

export async function findOpenArrears(db: WalletDb, walletId: string): Promise<WalletArrearsRow | null> {
  const [row] = await db
    .select()
    .from(walletArrears)
    .where(and(eq(walletArrears.walletId, walletId), isNull(walletArrears.settledAt)));
  return row ?? null;
}

/**
 * Call under the wallet row lock at the end of every transaction that changes the available
 * balance, the credit limit or the suspension policy. Opens an episode of unpaid usage when
 * `available` falls below −credit limit (with the policy on), and settles the open one when it is
 * back at or above it, or the policy is off. E-mails and the suspension itself are the arrears
 * job's work; this only records the facts, in the same transaction as the money that caused them.
 */
export async function reviewArrears(db: WalletDb, wallet: WalletRow, availableCents: bigint, now: Date): Promise<void> {
  const open = await findOpenArrears(db, wallet.id);
  const owing = wallet.suspensionEnabled && inArrears(wallet, availableCents);
  if (owing && !open) {
    await db.insert(walletArrears).values({
      walletId: wallet.id,
      startedAt: now,
      graceEndsAt: new Date(now.getTime() + wallet.suspensionGraceHours * HOUR_MS),
    });
  } else if (!owing && open) {
    await db
      .update(walletArrears)
      .set({ settledAt: now, settledBy: wallet.suspensionEnabled ? "paid" : "policy_off" })
      .where(eq(walletArrears.id, open.id));
  }
}
