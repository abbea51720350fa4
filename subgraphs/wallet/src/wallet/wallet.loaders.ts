import DataLoader from "dataloader";
import type { Visibility } from "@dcx/kit";
import { findDailyUsageByWalletIds } from "./usage-runway";
import { findWalletsWithBalanceByOrganizationIds, type WalletDb } from "./wallet.store";

/**
 * Per-request loaders: wallets and their balances for any number of organisations in one
 * query, limited in SQL to the organisations the request's caller may see.
 */
export function createWalletLoaders(db: WalletDb, visible: Visibility) {
  return {
    walletByOrganizationId: new DataLoader((ids: readonly string[]) =>
      findWalletsWithBalanceByOrganizationIds(db, ids, visible),
    ),
    dailyUsageByWalletId: new DataLoader((ids: readonly string[]) => findDailyUsageByWalletIds(db, ids, visible)),
  };
}
