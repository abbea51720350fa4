export { SUSPENSION_SERVICES } from "./suspension.access";
export { assertNotSuspended } from "./suspension.guard";
export { loadSuspensionSweepConfig, type SuspensionSweepConfig } from "./suspension-sweep.config";
export { type RunningSuspensionSweep, startSuspensionSweep } from "./suspension-sweep.schedule";
export { liftVmSuspension, suspendOrganizationVms, type SuspensionDeps } from "./suspension.service";
export { describeSuspensionSweep, type SuspensionSweepReport, sweepSuspendedVms } from "./suspension.sweep";
export { VmSuspension } from "./suspension.type";
