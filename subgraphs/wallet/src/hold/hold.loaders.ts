import DataLoader from "dataloader";
import { type Clock, systemClock, type Visibility } from "@dcx/kit";
import type { WalletDb } from "../wallet/wallet.store";
import { findHoldsByWalletIds } from "./hold.store";
import type { WalletHold } from "./hold.type";

/** Per-request loaders: the holds of every wallet asked for in one query per `activeOnly` value. */
export function createHoldLoaders(db: WalletDb, visible: Visibility, now: Clock = systemClock) {
  const loaders = new Map<boolean, DataLoader<string, WalletHold[]>>();
  return {
    holdsByWalletId(activeOnly: boolean): DataLoader<string, WalletHold[]> {
      let loader = loaders.get(activeOnly);
      if (!loader) {
        loader = new DataLoader((walletIds: readonly string[]) =>
          findHoldsByWalletIds(db, walletIds, activeOnly, visible, now()),
        );
        loaders.set(activeOnly, loader);
      }
      return loader;
    },
  };
}
