import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { type WalletRow, wallets } from "../db/schema";
import type { WalletDb } from "../wallet/wallet.store";
import { lowBalanceMessage } from "./messages";
import { enqueueNotice } from "./notice.store";

/**
 * Part of `reviewBalance` (under the wallet row lock). Warns once when available falls below the
 * threshold, and re-arms the warning once it is back at or above it: one e-mail per crossing.
 */
export async function reviewLowBalance(db: WalletDb, wallet: WalletRow, available: bigint, now: Date): Promise<void> {
  const threshold = wallet.lowBalanceThresholdCents;
  if (threshold === null || !wallet.lowBalanceEmail) return;
  const below = available < threshold;
  if (below === wallet.lowBalanceWarned) return;
  await db.update(wallets).set({ lowBalanceWarned: below }).where(eq(wallets.id, wallet.id));
  if (!below) return;
  const message = lowBalanceMessage({ availableCents: available, thresholdCents: threshold, at: now });
  await enqueueNotice(db, {
    walletId: wallet.id,
    kind: "low_balance",
    dedupeKey: `low-balance:${randomUUID()}`,
    recipient: wallet.lowBalanceEmail,
    ...message,
  });
}
