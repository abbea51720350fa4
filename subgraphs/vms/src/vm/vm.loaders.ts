import DataLoader from "dataloader";
import { findDisksByVmIds, findVmsByIds, findVmsByOrganizationIds, type VmsDb } from "./vm.store";

/** Per-request loaders: one query for any number of VMs, organisations or disk lists asked for together. */
export function createVmLoaders(db: VmsDb) {
  return {
    vmById: new DataLoader((ids: readonly string[]) => findVmsByIds(db, ids)),
    vmsByOrganizationId: new DataLoader((ids: readonly string[]) => findVmsByOrganizationIds(db, ids)),
    disksByVmId: new DataLoader((ids: readonly string[]) => findDisksByVmIds(db, ids)),
  };
}
