import DataLoader from "dataloader";
import type { Visibility } from "@dcx/kit";
import type { WalletDb } from "../wallet/wallet.store";
import { findWalletRows, toAlert } from "./low-balance-alert.service";
import type { LowBalanceAlert } from "./low-balance-alert.type";

/** Per-request: the warning settings of every wallet asked for, in one query, visible ones only. */
export function createAlertLoaders(db: WalletDb, visible: Visibility) {
  return {
    lowBalanceAlertByWalletId: new DataLoader(async (walletIds: readonly string[]) => {
      const rows = await findWalletRows(db, walletIds, visible);
      return walletIds.map((id): LowBalanceAlert | null => {
        const row = rows.find((candidate) => candidate.id === id);
        return row ? toAlert(row) : null;
      });
    }),
  };
}
