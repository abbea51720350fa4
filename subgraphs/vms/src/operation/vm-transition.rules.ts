import { badUserInput, conflict } from "@dcx/kit";
import { PowerState } from "../vm/vm.type";
import { checkCapacityGb, checkMemoryGb, checkVcpuCount, MIB_PER_GB, OPERATION_LIMITS } from "./create-vm.rules";
import type { OperableDisk, OperableVm } from "./operable-vm.store";
import { VmOperationKind } from "./operation.type";

const LIFECYCLE_REFUSAL = {
  provisioning: "is still being provisioned",
  deleting: "is being deleted",
  deleted: "has been deleted",
} as const;

/** Operations that need the VM running, and what the refusal says. */
const NEEDS_RUNNING: Partial<Record<VmOperationKind, string>> = {
  [VmOperationKind.POWER_OFF]: "power it off",
  [VmOperationKind.SHUTDOWN]: "shut it down",
  [VmOperationKind.REBOOT]: "reboot it",
  [VmOperationKind.SUSPEND]: "suspend it",
};

const stateOf = (vm: OperableVm) => vm.powerState.replace("powered_", "powered ");

/**
 * Whether `kind` may start from the VM's state. Resizing needs the VM powered off (CPU and memory
 * hot-add depend on per-VM settings and guest support we do not track); disks can be added or
 * grown while it runs or is off, not while it is suspended.
 */
export function assertTransition(vm: OperableVm, kind: VmOperationKind): void {
  if (vm.lifecycle !== "ready") throw conflict(`VM ${vm.name} ${LIFECYCLE_REFUSAL[vm.lifecycle]}`);
  const running = vm.powerState === PowerState.POWERED_ON;
  if (kind === VmOperationKind.POWER_ON && running) throw conflict(`VM ${vm.name} is already powered on`);
  const needsRunning = NEEDS_RUNNING[kind];
  if (needsRunning && !running)
    throw conflict(`VM ${vm.name} is ${stateOf(vm)}: only a running VM can ${needsRunning}`);
  if (kind === VmOperationKind.RESIZE && vm.powerState !== PowerState.POWERED_OFF) {
    throw conflict(`VM ${vm.name} is ${stateOf(vm)}: power it off to resize it`);
  }
  const diskChange = kind === VmOperationKind.ADD_DISK || kind === VmOperationKind.GROW_DISK;
  if (diskChange && vm.powerState === PowerState.SUSPENDED) {
    throw conflict(`VM ${vm.name} is suspended: power it on or off to change its disks`);
  }
}

/** The new sizing of a resize, in MiB as vCenter counts memory; refusing a resize that changes nothing. */
export function checkResize(vm: OperableVm, vcpuCount: unknown, memoryGb: unknown) {
  const to = { vcpuCount: checkVcpuCount(vcpuCount), memoryMib: checkMemoryGb(memoryGb) * MIB_PER_GB };
  if (to.vcpuCount === vm.vcpuCount && to.memoryMib === vm.memoryMib) {
    throw badUserInput(`VM ${vm.name} already has ${vm.vcpuCount} vCPUs and ${memoryGb} GB`, "vcpuCount");
  }
  return to;
}

export function assertRoomForDisk(vm: OperableVm, disks: readonly OperableDisk[]): void {
  if (disks.length >= OPERATION_LIMITS.disks.max) {
    throw badUserInput(`VM ${vm.name} already has ${OPERATION_LIMITS.disks.max} disks, the most a VM may have`, "disk");
  }
}

/** The disk to grow and its new capacity: disks only grow. */
export function checkGrowDisk(vm: OperableVm, disks: readonly OperableDisk[], diskId: string, capacityGb: unknown) {
  const disk = disks.find((candidate) => candidate.id === diskId.toLowerCase());
  if (!disk) throw badUserInput(`VM ${vm.name} has no disk ${diskId}`, "diskId");
  const to = checkCapacityGb(capacityGb, "capacityGb");
  if (to <= disk.capacityGb) {
    throw badUserInput(
      `Disk "${disk.label}" is ${disk.capacityGb} GB: disks can only grow, so give more than ${disk.capacityGb} GB`,
      "capacityGb",
    );
  }
  return { disk, capacityGb: to };
}

/** A delete names the VM exactly, so a mistyped id cannot delete the wrong one. */
export function assertDeleteConfirmed(vm: OperableVm, confirmName: unknown): void {
  if (confirmName !== vm.name) {
    throw badUserInput(`Type the VM's name, ${vm.name}, exactly to confirm deleting it`, "confirmName");
  }
}
