import { type Db, manyByKey, oneByKey, seesNothing, validUuids, type Visibility, visibleIn } from "@dcx/kit";
import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import { type VmDiskRow, type VmRow, vmDisks, vms, type vmsTables } from "../db/schema";
import { type PowerState, type StorageTier, type Vm, type VmDisk, type VmLifecycle } from "./vm.type";

export type VmsDb = Db<typeof vmsTables>;

export const toVm = (row: VmRow): Vm => ({
  id: row.id,
  organizationId: row.organizationId,
  name: row.name,
  powerState: row.powerState as PowerState,
  vcpuCount: row.vcpuCount,
  memoryMib: row.memoryMib,
  lifecycle: row.lifecycle as VmLifecycle,
  instanceUuid: row.instanceUuid,
  guestOs: row.guestOs,
  ipAddresses: row.ipAddresses,
  host: row.host,
  datastore: row.datastore,
  toolsStatus: row.toolsStatus,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

const toVmDisk = (row: VmDiskRow): VmDisk => ({
  id: row.id,
  vmId: row.vmId,
  label: row.label,
  capacityGb: row.capacityGb,
  tier: row.tier as StorageTier,
});

/** Organisations list their VMs by name, ignoring case (as names are unique ignoring case). */
const byName = [asc(sql`lower(${vms.name})`), asc(vms.name)];

/** A deleted VM's row stays for its history; no read shows it (and its name is free again). */
const notDeleted = ne(vms.lifecycle, "deleted");

/** VMs by id; a VM of an organisation outside `visible` is not read and answers null. */
export async function findVmsByIds(db: VmsDb, ids: readonly string[], visible: Visibility): Promise<(Vm | null)[]> {
  const wanted = validUuids(ids);
  const rows =
    wanted.length && !seesNothing(visible)
      ? await db
          .select()
          .from(vms)
          .where(and(inArray(vms.id, wanted), notDeleted, visibleIn(vms.organizationId, visible)))
      : [];
  return oneByKey(ids, rows.map(toVm), (vm) => vm.id);
}

/** The VMs of each organisation by name; an organisation outside `visible` has none. */
export async function findVmsByOrganizationIds(
  db: VmsDb,
  organizationIds: readonly string[],
  visible: Visibility,
): Promise<Vm[][]> {
  const wanted = validUuids(organizationIds);
  const rows =
    wanted.length && !seesNothing(visible)
      ? await db
          .select()
          .from(vms)
          .where(and(inArray(vms.organizationId, wanted), notDeleted, visibleIn(vms.organizationId, visible)))
          .orderBy(...byName)
      : [];
  return manyByKey(organizationIds, rows.map(toVm), (vm) => vm.organizationId);
}

/** The disks of each VM in order; disks of a VM outside `visible` are not read. */
export async function findDisksByVmIds(db: VmsDb, vmIds: readonly string[], visible: Visibility): Promise<VmDisk[][]> {
  const wanted = validUuids(vmIds);
  const scope = visibleIn(vms.organizationId, visible);
  const visibleVms = scope && db.select({ id: vms.id }).from(vms).where(scope);
  const rows =
    wanted.length && !seesNothing(visible)
      ? await db
          .select()
          .from(vmDisks)
          .where(and(inArray(vmDisks.vmId, wanted), visibleVms && inArray(vmDisks.vmId, visibleVms)))
          .orderBy(asc(vmDisks.position))
      : [];
  return manyByKey(vmIds, rows.map(toVmDisk), (disk) => disk.vmId);
}

/** For trusted code (the seed): every VM of one organisation, by name. */
export async function listVmsByOrganization(db: VmsDb, organizationId: string): Promise<Vm[]> {
  const [list] = await findVmsByOrganizationIds(db, [organizationId], "all");
  return list ?? [];
}

export async function findVmByName(db: VmsDb, organizationId: string, name: string): Promise<Vm | null> {
  const rows = await db
    .select()
    .from(vms)
    .where(and(eq(vms.organizationId, organizationId), notDeleted, sql`lower(${vms.name}) = lower(${name})`));
  return rows[0] ? toVm(rows[0]) : null;
}

export interface NewVm {
  organizationId: string;
  name: string;
  powerState: PowerState;
  vcpuCount: number;
  memoryMib: number;
  disks: readonly { label: string; capacityGb: number; tier: StorageTier }[];
}

/** Writes a VM and its disks in one transaction: either all rows exist afterwards or none. */
export function insertVmWithDisks(db: VmsDb, { disks, ...vm }: NewVm): Promise<Vm> {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(vms).values(vm).returning();
    const created = toVm(row!);
    if (disks.length) {
      await tx.insert(vmDisks).values(disks.map((disk, position) => ({ ...disk, vmId: created.id, position })));
    }
    return created;
  });
}
