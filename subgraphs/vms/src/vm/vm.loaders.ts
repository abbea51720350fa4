import DataLoader from "dataloader";
import type { Visibility } from "@dcx/kit";
import { findDisksByVmIds, findVmsByIds, findVmsByOrganizationIds, type VmsDb } from "./vm.store";

/**
 * Per-request loaders: one query for any number of VMs, organisations or disk lists asked for
 * together, limited in SQL to the organisations the request's caller may see.
 */
export function createVmLoaders(db: VmsDb, visible: Visibility) {
  return {
    vmById: new DataLoader((ids: readonly string[]) => findVmsByIds(db, ids, visible)),
    vmsByOrganizationId: new DataLoader((ids: readonly string[]) => findVmsByOrganizationIds(db, ids, visible)),
    disksByVmId: new DataLoader((ids: readonly string[]) => findDisksByVmIds(db, ids, visible)),
  };
}
