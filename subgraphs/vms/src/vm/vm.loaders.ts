import DataLoader from "dataloader";
import type { Visibility } from "@dcx/kit";
import { filterKey, pageKey, type VmFilter, type VmPageArgs } from "../organization/vm-list.args";
import { countVmsByOrganizationIds, findVmPagesByOrganizationIds, type VmPage } from "./vm-page.store";
import { findNicsByVmIds } from "./vm-nic.store";
import { findDisksByVmIds, findVmsByIds, type VmsDb } from "./vm.store";

/** One loader per distinct key (page arguments or a filter), made on first use within the request. */
function keyedLoaders<TArgs, TValue>(
  key: (args: TArgs) => string,
  batch: (args: TArgs, ids: readonly string[]) => Promise<TValue[]>,
) {
  const loaders = new Map<string, DataLoader<string, TValue>>();
  return (args: TArgs): DataLoader<string, TValue> => {
    const id = key(args);
    let loader = loaders.get(id);
    if (!loader) {
      loader = new DataLoader((ids: readonly string[]) => batch(args, ids));
      loaders.set(id, loader);
    }
    return loader;
  };
}

/**
 * Per-request loaders: one query for any number of VMs, organisations or disk lists asked for
 * together, limited in SQL to the organisations the request's caller may see. Pages and counts
 * are keyed by (organisation, arguments): organisations asked with the same arguments share a query.
 */
export function createVmLoaders(db: VmsDb, visible: Visibility) {
  return {
    vmById: new DataLoader((ids: readonly string[]) => findVmsByIds(db, ids, visible)),
    vmPageByOrganizationId: keyedLoaders<VmPageArgs, VmPage>(pageKey, (args, ids) =>
      findVmPagesByOrganizationIds(db, ids, args, visible),
    ),
    vmCountByOrganizationId: keyedLoaders<VmFilter, number>(filterKey, (filter, ids) =>
      countVmsByOrganizationIds(db, ids, filter, visible),
    ),
    disksByVmId: new DataLoader((ids: readonly string[]) => findDisksByVmIds(db, ids, visible)),
    nicsByVmId: new DataLoader((ids: readonly string[]) => findNicsByVmIds(db, ids, visible)),
  };
}
