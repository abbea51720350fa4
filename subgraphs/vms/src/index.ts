import type { SubgraphDefinition } from "@dcx/kit";
import { createVmsContext, type VmsContext } from "./context";
import { vmsTables } from "./db/schema";
import { buildVmsSchema } from "./schema";
import { UNCONFIGURED_VMS_DEPS, type VmsDeps } from "./vms.deps";

/** The vms subgraph with its collaborators (read on every request, so they can be built lazily). */
export function createVmsSubgraph(deps: () => VmsDeps): SubgraphDefinition<typeof vmsTables, VmsContext> {
  return {
    name: "vms",
    defaultPort: 4004,
    tables: vmsTables,
    buildSchema: buildVmsSchema,
    createContext: (db, identity) => createVmsContext(db, identity, deps()),
  };
}

/** Reads only: no hypervisor, wallet or job runner (composition, read tests). */
export const vmsSubgraph = createVmsSubgraph(() => UNCONFIGURED_VMS_DEPS);
export { type OperationQueue, UNCONFIGURED_VMS_DEPS, type VmsDeps } from "./vms.deps";
export type { MoneyGate, Reservation, ReserveRequest, VmCostSpec } from "./money/money-gate";

export { createVm, type CreateVmInput } from "./vm/vm.service";
export { VM_LIMITS } from "./vm/vm.rules";
export { listVmsByOrganization } from "./vm/vm.store";
export { PowerState, StorageTier } from "./vm/vm.type";
export type { Vm, VmDisk } from "./vm/vm.type";
export type { VmsDb } from "./vm/vm.store";
export {
  allocateStaticIp,
  releaseStaticIp,
  releaseStaticIpsOf,
  type AllocateStaticIpInput,
} from "./network/allocation.service";
export { createNetwork } from "./network/network.service";
export type { CreateNetworkInput } from "./network/network.rules";
export type { IpAllocation, Network } from "./network/network.type";
