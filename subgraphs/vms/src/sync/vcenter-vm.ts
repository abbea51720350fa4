import type { HypervisorDisk, HypervisorNic, HypervisorPowerState, HypervisorVm } from "../hypervisor";

/** A VM as the `vms` row would hold it, from what vCenter reports. */
export interface SyncedVm {
  instanceUuid: string;
  organizationId: string;
  name: string;
  powerState: "powered_on" | "powered_off" | "suspended";
  vcpuCount: number;
  memoryMib: number;
  guestOs: string | null;
  ipAddresses: string[];
  host: string | null;
  datastore: string | null;
  toolsStatus: string | null;
  changeVersion: string | null;
  disks: SyncedDisk[];
  nics: SyncedNic[];
}

export interface SyncedDisk {
  deviceKey: number;
  label: string;
  capacityGb: number;
  tier: "performance" | "standard" | "archive";
  datastore: string | null;
}

export interface SyncedNic {
  deviceKey: number;
  portGroup: string | null;
  macAddress: string | null;
  /** What the guest reports (IPv4 first); the mode stays as the platform set it. */
  ipAddress: string | null;
}

const POWER: Record<HypervisorPowerState, SyncedVm["powerState"]> = {
  poweredOn: "powered_on",
  poweredOff: "powered_off",
  suspended: "suspended",
};

const KB_PER_GB = 1024 * 1024;

/**
 * The tier is read from the datastore's name, the provider's naming rule:
 * `ds-performance-*` → performance, `ds-archive-*` → archive, anything else standard.
 */
export function tierOfDatastore(datastore: string | null): SyncedDisk["tier"] {
  const name = datastore?.toLowerCase() ?? "";
  if (name.startsWith("ds-performance-")) return "performance";
  if (name.startsWith("ds-archive-")) return "archive";
  return "standard";
}

/** Whole GB, rounded up: a 40.5 GB disk is billed and shown as 41 GB (and never as 0). */
export const wholeGb = (capacityKb: number): number => Math.max(1, Math.ceil(capacityKb / KB_PER_GB));

const isIpv4 = (address: string) => /^\d{1,3}(\.\d{1,3}){3}$/.test(address);
const primaryAddress = (addresses: readonly string[]) => addresses.find(isIpv4) ?? addresses[0] ?? null;

const toDisk = (disk: HypervisorDisk): SyncedDisk => ({
  deviceKey: disk.key,
  label: disk.label || `Disk ${disk.key}`,
  capacityGb: wholeGb(disk.capacityKb),
  tier: tierOfDatastore(disk.datastore),
  datastore: disk.datastore,
});

const toNic = (nic: HypervisorNic): SyncedNic => ({
  deviceKey: nic.key,
  portGroup: nic.network,
  macAddress: nic.macAddress,
  ipAddress: primaryAddress(nic.ipAddresses),
});

export function toSyncedVm(vm: HypervisorVm, organizationId: string): SyncedVm {
  return {
    instanceUuid: vm.instanceUuid.toLowerCase(),
    organizationId,
    name: vm.name,
    powerState: POWER[vm.powerState],
    vcpuCount: vm.vcpuCount,
    memoryMib: vm.memoryMib,
    guestOs: vm.guestFullName ?? vm.guestId,
    ipAddresses: vm.ipAddresses,
    host: vm.host,
    datastore: vm.datastores[0] ?? vm.disks[0]?.datastore ?? null,
    toolsStatus: vm.toolsRunningStatus,
    changeVersion: vm.changeVersion,
    disks: vm.disks.map(toDisk),
    nics: vm.nics.map(toNic),
  };
}
