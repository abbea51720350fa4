import DataLoader from "dataloader";
import type { Visibility } from "@dcx/kit";
import type { WalletDb } from "../wallet/wallet.store";
import { findLatestTopUpsByWalletIds } from "./top-up.store";
import type { TopUp } from "./top-up.type";

/** Per-request loaders: the latest top-ups of every wallet asked for, one query per page size. */
export function createTopUpLoaders(db: WalletDb, visible: Visibility) {
  const loaders = new Map<number, DataLoader<string, TopUp[]>>();
  return {
    latestTopUpsByWalletId(limit: number): DataLoader<string, TopUp[]> {
      let loader = loaders.get(limit);
      if (!loader) {
        loader = new DataLoader(async (walletIds: readonly string[]) => {
          const found = await findLatestTopUpsByWalletIds(db, walletIds, limit, visible);
          return walletIds.map((id) => found.filter((top) => top.walletId === id));
        });
        loaders.set(limit, loader);
      }
      return loader;
    },
  };
}
