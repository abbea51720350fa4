import type { SubgraphDefinition } from "@dcx/kit";
import { createVmsContext, type VmsContext } from "./context";
import { vmsTables } from "./db/schema";
import { buildVmsSchema } from "./schema";

export const vmsSubgraph: SubgraphDefinition<typeof vmsTables, VmsContext> = {
  name: "vms",
  defaultPort: 4004,
  tables: vmsTables,
  buildSchema: buildVmsSchema,
  createContext: createVmsContext,
};

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
