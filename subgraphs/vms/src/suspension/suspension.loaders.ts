import DataLoader from "dataloader";
import type { Visibility } from "@dcx/kit";
import type { VmsDb } from "../vm/vm.store";
import { findActiveSuspensions } from "./suspension.store";

/** Per request: the active suspensions of any number of organisations in one query, visible ones only. */
export function createSuspensionLoaders(db: VmsDb, visible: Visibility) {
  return {
    activeSuspensionByOrganizationId: new DataLoader((ids: readonly string[]) =>
      findActiveSuspensions(db, ids, visible),
    ),
  };
}
