import DataLoader from "dataloader";
import type { Visibility } from "@dcx/kit";
import type { VmsDb } from "../vm/vm.store";
import {
  countAllocationsByNetworkIds,
  findAllocationsByNetworkIds,
  findNetworksByIds,
  findNetworksByOrganizationIds,
} from "./network.store";

/** Per-request loaders: one query per kind for any number of networks, limited to visible organisations. */
export function createNetworkLoaders(db: VmsDb, visible: Visibility) {
  return {
    networkById: new DataLoader((ids: readonly string[]) => findNetworksByIds(db, ids, visible)),
    networksByOrganizationId: new DataLoader((ids: readonly string[]) =>
      findNetworksByOrganizationIds(db, ids, visible),
    ),
    allocationsByNetworkId: new DataLoader((ids: readonly string[]) => findAllocationsByNetworkIds(db, ids, visible)),
    allocationCountByNetworkId: new DataLoader((ids: readonly string[]) =>
      countAllocationsByNetworkIds(db, ids, visible),
    ),
  };
}
