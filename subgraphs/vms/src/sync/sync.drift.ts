import type { AuditEventInput } from "../audit/audit.writer";
import { SYSTEM_ACTOR } from "../audit/audit.writer";
import type { KnownDevices, KnownVm } from "./sync.reads";
import type { SyncedDisk, SyncedNic, SyncedVm } from "./vcenter-vm";

type Snapshot = Record<string, unknown>;

/** Disks as compared: size, tier and, once recorded, datastore. Labels are the platform's to keep. */
const diskView = (disks: readonly SyncedDisk[], recorded: readonly SyncedDisk[] = disks) =>
  disks.map((disk, index) => ({
    capacityGb: disk.capacityGb,
    tier: disk.tier,
    datastore: recorded[index]?.datastore === null ? null : disk.datastore,
  }));

/** NICs as compared: port group and, once recorded, MAC. Addresses come and go with the guest. */
const nicView = (nics: readonly SyncedNic[], recorded: readonly SyncedNic[] = nics) =>
  nics.map((nic, index) => ({
    portGroup: nic.portGroup,
    macAddress: recorded[index]?.macAddress === null ? null : nic.macAddress,
  }));

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields that changed outside the platform, before and after; null when only volatile fields
 * (IP addresses, VMware Tools, host) or nothing the platform tracks changed.
 */
export function driftOf(
  row: KnownVm,
  devices: KnownDevices,
  next: SyncedVm,
): { before: Snapshot; after: Snapshot } | null {
  const before: Snapshot = {};
  const after: Snapshot = {};
  const compare = (field: string, was: unknown, now: unknown) => {
    if (same(was, now)) return;
    before[field] = was;
    after[field] = now;
  };
  compare("name", row.name, next.name);
  compare("organizationId", row.organizationId, next.organizationId);
  compare("powerState", row.powerState, next.powerState);
  compare("vcpuCount", row.vcpuCount, next.vcpuCount);
  compare("memoryMib", row.memoryMib, next.memoryMib);
  compare("guestOs", row.guestOs, next.guestOs);
  compare("datastore", row.datastore, next.datastore);
  compare("disks", diskView(devices.disks), diskView(next.disks, devices.disks));
  compare("nics", nicView(devices.nics), nicView(next.nics, devices.nics));
  return Object.keys(after).length ? { before, after } : null;
}

/** What a newly found VM looks like, for its `drift.vm_appeared` event. */
export const appearedSnapshot = (vm: SyncedVm): Snapshot => ({
  instanceUuid: vm.instanceUuid,
  name: vm.name,
  powerState: vm.powerState,
  vcpuCount: vm.vcpuCount,
  memoryMib: vm.memoryMib,
  guestOs: vm.guestOs,
  datastore: vm.datastore,
  disks: diskView(vm.disks),
  nics: nicView(vm.nics),
});

export const driftEvent = (
  kind: "drift.vm_appeared" | "drift.vm_changed" | "drift.vm_vanished",
  vm: { id: string; organizationId: string; name: string },
  change: { before?: Snapshot; after?: Snapshot },
  message: string,
  occurredAt: Date,
): AuditEventInput => ({
  organizationId: vm.organizationId,
  vmId: vm.id,
  vmName: vm.name,
  kind,
  actor: SYSTEM_ACTOR,
  outcome: "detected",
  before: change.before ?? null,
  after: change.after ?? null,
  message,
  occurredAt,
});
