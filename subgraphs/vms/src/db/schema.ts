import { ipAllocations, networks } from "./network.schema";
import { actorKind, auditEvents, auditOutcome, operationKind, operationStatus, vmOperations } from "./operation.schema";
import { vmPerfCursors } from "./perf-cursor.schema";
import { vmSuspensions } from "./suspension.schema";
import { vmUsageChanges } from "./usage-change.schema";
import { ipMode, organizationFolders, powerState, storageTier, vmDisks, vmLifecycle, vmNics, vms } from "./vm.schema";

export * from "./network.schema";
export * from "./operation.schema";
export * from "./perf-cursor.schema";
export * from "./suspension.schema";
export * from "./usage-change.schema";
export * from "./vm.schema";

export const vmsTables = {
  vms,
  vmDisks,
  vmNics,
  organizationFolders,
  powerState,
  storageTier,
  vmLifecycle,
  ipMode,
  networks,
  ipAllocations,
  vmOperations,
  auditEvents,
  operationKind,
  operationStatus,
  actorKind,
  auditOutcome,
  vmPerfCursors,
  vmUsageChanges,
  vmSuspensions,
};
