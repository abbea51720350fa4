import DataLoader from "dataloader";
import { manyByKey } from "@dcx/kit";
import type { VmsDb } from "../vm/vm.store";
import { sumFleets } from "./fleet.store";
import { toFleet } from "./fleet.rules";
import type { Fleet } from "./fleet.type";

/** An organisation and the organisations whose VMs count towards its fleet (already limited to visible ones). */
export interface FleetScope {
  organizationId: string;
  memberIds: readonly string[];
}

/** Per request: the fleets of any number of organisations in one aggregate query. */
export function createFleetLoaders(db: VmsDb) {
  return {
    fleetByScope: new DataLoader<FleetScope, Fleet, string>(
      async (scopes) => {
        const pairs = scopes.flatMap((scope) =>
          scope.memberIds.map((member) => ({ root: scope.organizationId, member })),
        );
        const rows = await sumFleets(db, pairs);
        const byRoot = manyByKey(
          scopes.map((scope) => scope.organizationId),
          rows,
          (row) => row.root,
        );
        return scopes.map((scope, index) => toFleet(scope.memberIds.length, byRoot[index]!));
      },
      { cacheKeyFn: (scope) => scope.organizationId },
    ),
  };
}
