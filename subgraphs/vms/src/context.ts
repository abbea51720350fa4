import { type Caller, type RequestIdentity, visibleOrganizations } from "@dcx/kit";
import { createFleetLoaders } from "./fleet/fleet.loaders";
import { createNetworkLoaders } from "./network/network.loaders";
import { createSuspensionLoaders } from "./suspension/suspension.loaders";
import { createVmLoaders } from "./vm/vm.loaders";
import type { VmsDb } from "./vm/vm.store";
import type { VmsDeps } from "./vms.deps";

export interface VmsContext {
  db: VmsDb;
  /** The hypervisor, the wallet's money gate, the job queue, the clock. */
  deps: VmsDeps;
  /** Who is asking, as the gateway signed it; null before signing in. */
  caller: Caller | null;
  /** The trusted service that called directly (e.g. `wallet`); null through the gateway. */
  service: string | null;
  /** Loaders closed over the caller: they never load a row of an organisation the caller cannot see. */
  loaders: ReturnType<typeof createVmLoaders> &
    ReturnType<typeof createNetworkLoaders> &
    ReturnType<typeof createFleetLoaders> &
    ReturnType<typeof createSuspensionLoaders>;
}

export const createVmsContext = (db: VmsDb, identity: RequestIdentity, deps: VmsDeps): VmsContext => {
  const visible = visibleOrganizations(identity.caller);
  return {
    db,
    deps,
    caller: identity.caller,
    service: identity.service ?? null,
    // The fleet loader takes scopes its resolver has already limited to what the caller sees.
    loaders: {
      ...createVmLoaders(db, visible),
      ...createNetworkLoaders(db, visible),
      ...createFleetLoaders(db),
      ...createSuspensionLoaders(db, visible),
    },
  };
};
