import DataLoader from "dataloader";
import { encodeTimeCursor, type TimeCursor, type Visibility } from "@dcx/kit";
import type { WalletDb } from "../wallet/wallet.store";
import type { LedgerEntry } from "./ledger-entry.type";
import {
  countEntriesByWalletIds,
  type EntryPage,
  findEntryPagesByWalletIds,
  findLatestEntriesByWalletIds,
} from "./ledger.store";

/**
 * Per-request loaders. A page size changes the query, so each distinct `first` gets its own
 * loader; all wallets asked for with the same `first` share one query. Entries of wallets
 * outside `visible` are never read.
 */
export function createLedgerLoaders(db: WalletDb, visible: Visibility) {
  const byPageSize = new Map<number, DataLoader<string, LedgerEntry[]>>();
  const pages = new Map<string, DataLoader<string, EntryPage>>();
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
    /** `Wallet.transactions` pages: one query for every wallet asked with the same `first` and `after`. */
    entryPageByWalletId(first: number, after: TimeCursor | null): DataLoader<string, EntryPage> {
      const key = `${first}|${after ? encodeTimeCursor(after) : ""}`;
      let loader = pages.get(key);
      if (!loader) {
        loader = new DataLoader((walletIds: readonly string[]) =>
          findEntryPagesByWalletIds(db, walletIds, first, after, visible),
        );
        pages.set(key, loader);
      }
      return loader;
    },
    /** `LedgerEntryConnection.totalCount`: one grouped query for every wallet. */
    entryCountByWalletId: new DataLoader((walletIds: readonly string[]) =>
      countEntriesByWalletIds(db, walletIds, visible),
    ),
  };
}
