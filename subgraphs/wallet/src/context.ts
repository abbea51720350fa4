import { createLedgerLoaders } from "./ledger/ledger.loaders";
import { createWalletLoaders } from "./wallet/wallet.loaders";
import type { WalletDb } from "./wallet/wallet.store";

export interface WalletContext {
  db: WalletDb;
  loaders: ReturnType<typeof createWalletLoaders> & ReturnType<typeof createLedgerLoaders>;
}

export const createWalletContext = (db: WalletDb): WalletContext => ({
  db,
  loaders: { ...createWalletLoaders(db), ...createLedgerLoaders(db) },
});
