import { VimFault } from "../soap/envelope";
import { el } from "../soap/xml-node";
import { datastoreForTier } from "../inventory/inventory-builder";
import { bringUpGuestNetwork, takeDownGuestNetwork } from "./guest-network";
import type { InventoryState, PowerState, VmRecord } from "./inventory.types";
import { hostFor } from "./placement";
import { newDisk, newNic } from "./vm-factory";
import type { ConfigChanges } from "../methods/config-spec.reader";
import { invalidArgument } from "../methods/config-spec.reader";

const POWER_HISTORY = 50;

export function invalidPowerState(requested: PowerState, existing: PowerState): VimFault {
  return new VimFault(
    "InvalidPowerState",
    [el("requestedState", requested), el("existingState", existing)],
    "The attempted operation cannot be performed in the current state",
  );
}

export function insufficientResources(vm: VmRecord, memoryMB: number): VimFault {
  return new VimFault(
    "InsufficientResourcesFault",
    [],
    `The available resources of the cluster are insufficient to power on ${vm.name} (${memoryMB} MB, ${vm.numCPU} vCPU).`,
  );
}

/** Moves a VM to a power state, recording it for performance history and the guest's network. */
export function setPowerState(state: InventoryState, vm: VmRecord, next: PowerState, now: Date): void {
  if (next === "poweredOn") {
    const host = hostFor(state, vm);
    if (!host) throw insufficientResources(vm, vm.memoryMB);
    vm.host = host;
    // Resuming from suspend keeps the guest's uptime; a cold start boots afresh.
    if (vm.powerState !== "suspended" || !vm.bootTime) vm.bootTime = now.toISOString();
    bringUpGuestNetwork(state, vm);
  } else {
    takeDownGuestNetwork(vm);
    if (next === "poweredOff") vm.bootTime = null;
  }
  vm.powerState = next;
  vm.powerHistory.push({ at: now.toISOString(), state: next });
  if (vm.powerHistory.length > POWER_HISTORY) vm.powerHistory.splice(0, vm.powerHistory.length - POWER_HISTORY);
}

/** Applies a ReconfigVM_Task spec (or a clone's config) to a VM, after checking every change. */
export function applyConfigChanges(state: InventoryState, vm: VmRecord, changes: ConfigChanges, now: Date): void {
  const numCPU = changes.numCPUs ?? vm.numCPU;
  const memoryMB = changes.memoryMB ?? vm.memoryMB;
  if (numCPU !== vm.numCPU || memoryMB !== vm.memoryMB) {
    if (vm.powerState === "suspended") throw invalidPowerState("poweredOff", "suspended");
    // Hot-add only: a running guest can gain CPUs and memory, not lose them.
    if (vm.powerState === "poweredOn" && (numCPU < vm.numCPU || memoryMB < vm.memoryMB))
      throw invalidPowerState("poweredOff", "poweredOn");
    if (vm.powerState === "poweredOn" && hostFor(state, vm, numCPU, memoryMB) !== vm.host)
      throw insufficientResources(vm, memoryMB);
  }
  for (const change of changes.deviceChanges) {
    if (change.operation === "edit") {
      const disk = vm.disks.find((item) => item.key === change.key);
      if (!disk) throw invalidArgument("spec.deviceChange.device.key");
      if (change.capacityKB < disk.capacityKB) throw invalidArgument("spec.deviceChange.device.capacityInKB");
    }
    if (
      change.operation === "remove" &&
      !vm.disks.some((disk) => disk.key === change.key) &&
      !vm.nics.some((nic) => nic.key === change.key)
    ) {
      throw invalidArgument("spec.deviceChange.device.key");
    }
  }
  vm.numCPU = numCPU;
  vm.memoryMB = memoryMB;
  if (changes.name) vm.name = changes.name;
  for (const change of changes.deviceChanges) {
    if (change.operation === "remove") {
      vm.disks = vm.disks.filter((disk) => disk.key !== change.key);
      vm.nics = vm.nics.filter((nic) => nic.key !== change.key);
    } else if (change.device === "disk" && change.operation === "edit") {
      vm.disks.find((item) => item.key === change.key)!.capacityKB = change.capacityKB;
    } else if (change.device === "disk") {
      const datastore = change.datastore ?? vm.disks[0]?.datastore ?? datastoreForTier(state, "standard");
      vm.disks.push(newDisk(state, vm, change.capacityKB, datastore));
    } else {
      vm.nics.push(newNic(vm, change.kind, change.network, null));
    }
  }
  for (const option of changes.extraConfig) {
    vm.extraConfig = vm.extraConfig.filter((existing) => existing.key !== option.key);
    // An empty value removes the key, as vSphere does.
    if (option.value !== "") vm.extraConfig.push(option);
  }
  if (vm.powerState === "poweredOn") bringUpGuestNetwork(state, vm);
  vm.changeVersion = now.toISOString();
}
