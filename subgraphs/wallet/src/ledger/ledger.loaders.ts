import DataLoader from "dataloader";
import type { Visibility } from "@dcx/kit";
import type { WalletDb } from "../wallet/wallet.store";
import type { LedgerEntry } from "./ledger-entry.type";
import { findLatestEntriesByWalletIds } from "./ledger.store";

/**
 * Per-request loaders. A page size changes the query, so each distinct `first` gets its own
 * loader; all wallets asked for with the same `first` share one query. Entries of wallets
 * outside `visible` are never read.
 */
export function createLedgerLoaders(db: WalletDb, visible: Visibility) {
  const byPageSize = new Map<number, DataLoader<string, LedgerEntry[]>>();
  return {
    latestEntriesByWalletId(first: number): DataLoader<string, LedgerEntry[]> {
      let loader = byPageSize.get(first);
      if (!loader) {
        loader = new DataLoader((walletIds: readonly string[]) =>
          findLatestEntriesByWalletIds(db, walletIds, first, visible),
        );
        byPageSize.set(first, loader);
      }
      return loader;
    },
  };
}
