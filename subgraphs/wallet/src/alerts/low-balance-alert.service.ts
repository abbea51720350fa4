import { badUserInput, Money, seesNothing, type Visibility, visibleIn } from "@dcx/kit";
import { and, eq, inArray } from "drizzle-orm";
import { type WalletRow, wallets } from "../db/schema";
import { reviewLowBalance } from "../notices/low-balance";
import { noWallet } from "../wallet/wallet.errors";
import { lockWalletByOrganizationId, type WalletDb } from "../wallet/wallet.store";
import { normalisedEmail } from "../top-up/top-up-request";
import { WALLET_CURRENCY } from "../wallet/wallet.service";
import type { LowBalanceAlert } from "./low-balance-alert.type";

export const toAlert = (row: WalletRow): LowBalanceAlert | null =>
  row.lowBalanceThresholdCents === null || !row.lowBalanceEmail
    ? null
    : {
        threshold: Money.fromCents(row.lowBalanceThresholdCents, WALLET_CURRENCY),
        email: row.lowBalanceEmail,
        warned: row.lowBalanceWarned,
      };

/**
 * Sets (or, with null, removes) the organisation's low-balance warning. A new setting is judged
 * at once: a wallet already below the new threshold is warned now, unless it was already warned
 * during this crossing.
 */
export async function setLowBalanceAlert(
  db: WalletDb,
  input: { organizationId: string; thresholdCents: bigint | null; email: string | null },
  now: Date = new Date(),
): Promise<LowBalanceAlert | null> {
  const off = input.thresholdCents === null;
  if (!off && input.thresholdCents! < 0n) throw badUserInput("threshold must not be negative", "threshold");
  if (!off && !input.email) throw badUserInput("email is required with a threshold", "email");
  const email = off ? null : normalisedEmail(input.email);
  return db.transaction(async (tx) => {
    const wallet = await lockWalletByOrganizationId(tx, input.organizationId);
    if (!wallet) throw noWallet(input.organizationId);
    const [updated] = await tx
      .update(wallets)
      // `warned` is kept: saving the setting again while below must not send a second warning.
      // Turning the warning off forgets it, so turning it on again judges afresh.
      .set({
        lowBalanceThresholdCents: input.thresholdCents,
        lowBalanceEmail: email,
        ...(off ? { lowBalanceWarned: false } : {}),
      })
      .where(eq(wallets.id, wallet.id))
      .returning();
    await reviewLowBalance(tx, updated!, now);
    const [after] = await tx.select().from(wallets).where(eq(wallets.id, wallet.id));
    return toAlert(after!);
  });
}

/** Wallet rows by id, of visible organisations only ("all" for trusted code). */
export async function findWalletRows(
  db: WalletDb,
  walletIds: readonly string[],
  visible: Visibility,
): Promise<WalletRow[]> {
  if (!walletIds.length || seesNothing(visible)) return [];
  return db
    .select()
    .from(wallets)
    .where(and(inArray(wallets.id, [...walletIds]), visibleIn(wallets.organizationId, visible)));
}
