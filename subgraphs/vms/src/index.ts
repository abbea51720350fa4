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
export type { MoneyGate, Reservation, ReserveRequest, VmCostSpec, VmSizeSpec } from "./money/money-gate";
export { createWalletMoneyGate, holdKeyOf, type WalletMoneyGateOptions } from "./money/wallet-money-gate";
export { loadMoneyGateConfig, loadMoneyGateFromEnv, type MoneyGateConfig } from "./money/money-gate.config";

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
export { type Hypervisor, loadHypervisorConfig, VSphereClient, type VSphereClientOptions } from "./hypervisor";
export {
  findOrganizationFolder,
  linkOrganizationFolder,
  listOrganizationFolders,
} from "./folder/organization-folder.store";
export { PLATFORM_FOLDER } from "./operation/runner/organization-folder";
export {
  startOperationRunner,
  loadRunnerOptions,
  OPERATIONS_QUEUE,
  type OperationRunner,
  type RunnerOptions,
} from "./operation/runner";
export { syncInventory, type InventorySyncReport, type SyncOptions } from "./sync";
export {
  createPerformanceCollector,
  describeCollection,
  telemetryServiceSink,
  type PerformanceCollectionReport,
  type PerformanceCollector,
} from "./telemetry";
export {
  createUsageRelay,
  telemetryUsageSink,
  type UsageReceipt,
  type UsageRelayDeps,
  type UsageRelayReport,
  type VmUsageChangeInput,
} from "./usage";
