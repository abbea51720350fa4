import type { PowerState, VmLifecycle, VmOperationKind, VmOperationStatus } from "../gql/graphql";

export type PowerAction = "powerOnVm" | "shutdownVm" | "powerOffVm" | "rebootVm" | "suspendVm";

export const POWER_ACTION_LABELS: Record<PowerAction, string> = {
  powerOnVm: "Power on",
  shutdownVm: "Shut down",
  powerOffVm: "Power off",
  rebootVm: "Reboot",
  suspendVm: "Suspend",
};

/** An operation still queued or running: the VM takes no other until it ends. */
export const isActive = (status: VmOperationStatus) => status === "QUEUED" || status === "RUNNING";
export const isFinished = (status: VmOperationStatus) => status === "SUCCEEDED" || status === "FAILED";

/**
 * The power buttons a VM in this state offers: a suspended or powered-off VM can only be powered
 * on; a running one shut down (the guest's own way), powered off (at once), rebooted or
 * suspended. A VM being provisioned or deleted, or with an operation in progress, offers none.
 */
export function powerActionsFor(powerState: PowerState, lifecycle: VmLifecycle, busy: boolean): PowerAction[] {
  if (busy || lifecycle !== "READY") return [];
  if (powerState === "POWERED_ON") return ["shutdownVm", "powerOffVm", "rebootVm", "suspendVm"];
  return ["powerOnVm"];
}

/** Resizing needs the VM powered off (vCenter does not hot-add here); disks may be added any time it is ready. */
export const canResize = (powerState: PowerState, lifecycle: VmLifecycle, busy: boolean) =>
  !busy && lifecycle === "READY" && powerState === "POWERED_OFF";
export const canChange = (lifecycle: VmLifecycle, busy: boolean) => !busy && lifecycle === "READY";

const KIND_LABELS: Record<VmOperationKind, string> = {
  CREATE: "Create",
  POWER_ON: "Power on",
  POWER_OFF: "Power off",
  SHUTDOWN: "Shut down",
  REBOOT: "Reboot",
  SUSPEND: "Suspend",
  RESIZE: "Resize",
  ADD_DISK: "Add disk",
  GROW_DISK: "Grow disk",
  DELETE: "Delete",
};
export const operationKindLabel = (kind: VmOperationKind) => KIND_LABELS[kind];
