import type { PowerState, UserRole, VmLifecycle, VmOperationKind, VmOperationStatus } from "../gql/graphql";

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
/** Disks are added and grown while the VM runs or is off, never while it is suspended. */
export const canChangeDisks = (powerState: PowerState, lifecycle: VmLifecycle, busy: boolean) =>
  canChange(lifecycle, busy) && powerState !== "SUSPENDED";

/** The largest disk vSphere takes here, in GB. */
export const MAX_DISK_GB = 65_536;

/**
 * A new size for a disk, checked before anything is sent: a whole number of GB, larger than the
 * disk is now (disks never shrink) and within the platform's limit. The answer is the size or
 * what is wrong with it.
 */
export function checkGrowDisk(text: string, currentGb: number): { capacityGb: number } | { problem: string } {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return { problem: "Enter a whole number of GB" };
  const capacityGb = Number(trimmed);
  if (capacityGb <= currentGb) return { problem: `Disks only grow: enter more than ${currentGb} GB` };
  if (capacityGb > MAX_DISK_GB) return { problem: `A disk holds at most ${MAX_DISK_GB} GB` };
  return { capacityGb };
}

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

/** What the signed-in user's role lets them do to a VM (the vms subgraph's "Who may do what"). */
export interface VmPermissions {
  /** Power on, shut down, power off, reboot, suspend. */
  power: boolean;
  /** Resize, add or grow a disk, delete. */
  change: boolean;
}

/**
 * Owners and admins (of the organisation, its reseller or the provider) may do everything;
 * members may only power VMs; billing and read-only users may do nothing. The server refuses the
 * rest anyway: the page does not offer what would be refused.
 */
export function vmPermissions(role: UserRole): VmPermissions {
  switch (role) {
    case "OWNER":
    case "ADMIN":
      return { power: true, change: true };
    case "MEMBER":
      return { power: true, change: false };
    case "BILLING":
    case "READ_ONLY":
      return { power: false, change: false };
  }
}

/** Why some actions are missing, in the user's terms; null when the role allows them all. */
export function permissionNote(role: UserRole): string | null {
  switch (role) {
    case "OWNER":
    case "ADMIN":
      return null;
    case "MEMBER":
      return "Members may power VMs on and off. Resizing, disks and deleting are for owners and admins.";
    case "BILLING":
      return "Billing users see VMs and their costs but cannot operate them.";
    case "READ_ONLY":
      return "Read-only users see VMs but cannot change them.";
  }
}
