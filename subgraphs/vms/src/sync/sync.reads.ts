import { and, asc, inArray, isNotNull, ne, or, sql } from "drizzle-orm";
import { networks } from "../db/network.schema";
import { vmOperations } from "../db/operation.schema";
import { vmDisks, vmNics, vms } from "../db/vm.schema";
import { listOrganizationFolders } from "../folder/organization-folder.store";
import type { VmsDb } from "../vm/vm.store";
import type { SyncedDisk, SyncedNic } from "./vcenter-vm";

/** A `vms` row as the sync compares it. */
export type KnownVm = Awaited<ReturnType<typeof readKnownVms>>[number];

/** Everything the sync compares vCenter against, read in one transaction. */
export interface SyncBaseline {
  known: KnownVm[];
  /** vCenter folder id → organisation id. */
  organizationOfFolder: Map<string, string>;
  /** VMs an operation is changing right now (queued or running). */
  busyVmIds: Set<string>;
  /** Port group → the platform's network on it. */
  networkOfPortGroup: Map<string, string>;
}

/** Rows with a vCenter identity, and every live row (their names take part in the name rule). */
const readKnownVms = (db: VmsDb) =>
  db
    .select({
      id: vms.id,
      organizationId: vms.organizationId,
      name: vms.name,
      powerState: vms.powerState,
      vcpuCount: vms.vcpuCount,
      memoryMib: vms.memoryMib,
      lifecycle: vms.lifecycle,
      instanceUuid: vms.instanceUuid,
      guestOs: vms.guestOs,
      ipAddresses: vms.ipAddresses,
      host: vms.host,
      datastore: vms.datastore,
      toolsStatus: vms.toolsStatus,
      changeVersion: vms.changeVersion,
      updatedAt: vms.updatedAt,
    })
    .from(vms)
    .where(or(isNotNull(vms.instanceUuid), ne(vms.lifecycle, "deleted")));

export async function readBaseline(db: VmsDb): Promise<SyncBaseline> {
  const [known, folders, busy, nets] = [
    await readKnownVms(db),
    await listOrganizationFolders(db),
    await db
      .select({ vmId: vmOperations.vmId })
      .from(vmOperations)
      .where(and(inArray(vmOperations.status, ["queued", "running"]), isNotNull(vmOperations.vmId))),
    await db.select({ id: networks.id, portGroup: networks.portGroup }).from(networks),
  ];
  return {
    known,
    organizationOfFolder: folders,
    busyVmIds: new Set(busy.map((row) => row.vmId!)),
    networkOfPortGroup: new Map(nets.map((net) => [net.portGroup, net.id])),
  };
}

/** Which of these ids are operations: a VM carrying one is being created by it. */
export async function readOperationIds(db: VmsDb, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db
    .select({ id: vmOperations.id })
    .from(vmOperations)
    .where(sql`${vmOperations.id} = any(${`{${ids.join(",")}}`}::uuid[])`);
  return new Set(rows.map((row) => row.id));
}

export interface KnownDevices {
  disks: SyncedDisk[];
  nics: SyncedNic[];
}

/** The disks and NICs of the given VMs as last recorded, in position order. */
export async function readDevices(db: VmsDb, vmIds: readonly string[]): Promise<Map<string, KnownDevices>> {
  const devices = new Map<string, KnownDevices>(vmIds.map((id) => [id, { disks: [], nics: [] }]));
  if (!vmIds.length) return devices;
  const disks = await db.select().from(vmDisks).where(inArray(vmDisks.vmId, vmIds)).orderBy(asc(vmDisks.position));
  const nics = await db.select().from(vmNics).where(inArray(vmNics.vmId, vmIds)).orderBy(asc(vmNics.position));
  for (const disk of disks) {
    devices.get(disk.vmId)!.disks.push({
      deviceKey: disk.deviceKey ?? -1,
      label: disk.label,
      capacityGb: disk.capacityGb,
      tier: disk.tier,
      datastore: disk.datastore,
    });
  }
  for (const nic of nics) {
    devices.get(nic.vmId)!.nics.push({
      deviceKey: nic.deviceKey ?? -1,
      portGroup: nic.portGroup,
      macAddress: nic.macAddress,
      ipAddress: nic.ipAddress,
    });
  }
  return devices;
}
