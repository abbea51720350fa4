import { derivedMac, derivedUuid } from "../inventory/identity";
import { guestFullName } from "../inventory/guest-os";
import type { DiskRecord, InventoryState, NicKind, NicRecord, PowerState, VmRecord } from "./inventory.types";

export const DISK_KEY_BASE = 2000;
export const NIC_KEY_BASE = 4000;
/** The SCSI controller every disk hangs off, and the PCI controller of the NICs. */
export const SCSI_CONTROLLER_KEY = 1000;
export const PCI_CONTROLLER_KEY = 100;

export function allocateId(state: InventoryState, prefix: string): string {
  state.nextId += 1;
  return `${prefix}-${state.nextId}`;
}

/** `[ds-standard-01] web-01/web-01.vmdk`, then `web-01_1.vmdk`… as vSphere names a VM's disks. */
export function diskFileName(datastoreName: string, vmName: string, index: number): string {
  return `[${datastoreName}] ${vmName}/${vmName}${index === 0 ? "" : `_${index}`}.vmdk`;
}

export function nextDiskKey(vm: VmRecord): number {
  return Math.max(DISK_KEY_BASE - 1, ...vm.disks.map((disk) => disk.key)) + 1;
}

export function nextNicKey(vm: VmRecord): number {
  return Math.max(NIC_KEY_BASE - 1, ...vm.nics.map((nic) => nic.key)) + 1;
}

export function newDisk(state: InventoryState, vm: VmRecord, capacityKB: number, datastoreId: string): DiskRecord {
  const index = vm.disks.length;
  const unitNumber = Math.max(-1, ...vm.disks.map((disk) => disk.unitNumber)) + 1;
  return {
    key: nextDiskKey(vm),
    label: `Hard disk ${index + 1}`,
    capacityKB,
    datastore: datastoreId,
    fileName: diskFileName(state.datastores[datastoreId]!.name, vm.name, index),
    // Unit 7 is the SCSI controller's own.
    unitNumber: unitNumber === 7 ? 8 : unitNumber,
  };
}

export function newNic(vm: VmRecord, kind: NicKind, networkId: string, staticIp: string | null): NicRecord {
  const key = nextNicKey(vm);
  return {
    key,
    label: `Network adapter ${vm.nics.length + 1}`,
    kind,
    macAddress: derivedMac(vm.instanceUuid, String(key)),
    network: networkId,
    staticIp,
    ipAddress: null,
  };
}

export interface NewVm {
  name: string;
  folder: string;
  host: string;
  guestId: string;
  numCPU: number;
  memoryMB: number;
  powerState: PowerState;
  template?: boolean;
  now: Date;
  /** Identity seed: the same seed and name give the same UUIDs. */
  seed: string;
  instanceUuid?: string;
}

export function newVmRecord(state: InventoryState, input: NewVm): VmRecord {
  const at = input.now.toISOString();
  return {
    id: allocateId(state, "vm"),
    name: input.name,
    folder: input.folder,
    host: input.host,
    template: input.template ?? false,
    instanceUuid: input.instanceUuid ?? derivedUuid(input.seed, "instance", input.name),
    uuid: derivedUuid(input.seed, "bios", input.name),
    guestId: input.guestId,
    guestFullName: guestFullName(input.guestId),
    numCPU: input.numCPU,
    memoryMB: input.memoryMB,
    powerState: input.powerState,
    bootTime: input.powerState === "poweredOn" ? at : null,
    powerHistory: [{ at, state: input.powerState }],
    toolsInstalled: true,
    createDate: at,
    changeVersion: at,
    disks: [],
    nics: [],
    customValues: [],
    extraConfig: [],
  };
}
