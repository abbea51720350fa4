import type { WalletRow } from "../db/schema";
import { reviewArrears } from "../arrears/arrears-review";
import { sumActiveHolds } from "../hold/hold.store";
import { sumEntries } from "../ledger/ledger.store";
import { reviewLowBalance } from "../notices/low-balance";
import { reviewAutoTopUp } from "../saved-card/auto-top-up-review";
import type { WalletDb } from "./wallet.store";

/**
 * Call at the end of every transaction that changes a wallet's available balance or the rules
 * about it, holding the wallet row lock (`wallet` as read under it, or as updated): the
 * low-balance warning, unpaid usage and the automatic top-up rule are reviewed against the same
 * available figure.
 */
export async function reviewBalance(db: WalletDb, wallet: WalletRow, now: Date): Promise<void> {
  const available = (await sumEntries(db, wallet.id)) - (await sumActiveHolds(db, wallet.id, now));
  await reviewLowBalance(db, wallet, available, now);
  await reviewArrears(db, wallet, available, now);
  await reviewAutoTopUp(db, wallet, available, now);
}
