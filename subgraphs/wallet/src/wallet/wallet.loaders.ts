import DataLoader from "dataloader";
import { findWalletsWithBalanceByOrganizationIds, type WalletDb } from "./wallet.store";

/** Per-request loaders: wallets and their balances for any number of organisations in one query. */
export function createWalletLoaders(db: WalletDb) {
  return {
    walletByOrganizationId: new DataLoader((ids: readonly string[]) =>
      findWalletsWithBalanceByOrganizationIds(db, ids),
    ),
  };
}
