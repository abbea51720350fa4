import DataLoader from "dataloader";
import type { Visibility } from "@dcx/kit";
import { findOpenArrearsByWalletIds } from "../arrears/arrears.store";
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
    // Keyed by wallet id: wallets are loaded only for visible organisations, and the resolver checks again.
    openArrearsByWalletId: new DataLoader((ids: readonly string[]) => findOpenArrearsByWalletIds(db, ids)),
  };
}
