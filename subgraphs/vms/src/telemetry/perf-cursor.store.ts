import { and, asc, eq, isNotNull, ne, sql } from "drizzle-orm";
import { vmPerfCursors, vms } from "../db/schema";
import type { VmsDb } from "../vm/vm.store";

/** A VM the collector looks at, with how far its samples have been delivered. */
export interface CollectableVm {
  id: string;
  organizationId: string;
  name: string;
  instanceUuid: string;
  poweredOn: boolean;
  vcpuCount: number;
  /** Null: never collected. */
  collectedUntil: Date | null;
}

/** Every VM that exists in vCenter as far as this database knows: not deleted, with an instance UUID. */
export async function readCollectableVms(db: VmsDb): Promise<CollectableVm[]> {
  const rows = await db
    .select({
      id: vms.id,
      organizationId: vms.organizationId,
      name: vms.name,
      instanceUuid: vms.instanceUuid,
      powerState: vms.powerState,
      vcpuCount: vms.vcpuCount,
      collectedUntil: vmPerfCursors.collectedUntil,
    })
    .from(vms)
    .leftJoin(vmPerfCursors, eq(vmPerfCursors.vmId, vms.id))
    .where(and(ne(vms.lifecycle, "deleted"), isNotNull(vms.instanceUuid)))
    .orderBy(asc(vms.id));
  return rows.map((row) => ({
    id: row.id,
    organizationId: row.organizationId,
    name: row.name,
    instanceUuid: row.instanceUuid!,
    poweredOn: row.powerState === "powered_on",
    vcpuCount: row.vcpuCount,
    collectedUntil: row.collectedUntil,
  }));
}

/** Moves the VMs' cursors to `until`, never back (a late writer cannot undo a later delivery). */
export async function advanceCursors(db: VmsDb, vmIds: string[], until: Date): Promise<void> {
  if (vmIds.length === 0) return;
  await db
    .insert(vmPerfCursors)
    .values(vmIds.map((vmId) => ({ vmId, collectedUntil: until })))
    .onConflictDoUpdate({
      target: vmPerfCursors.vmId,
      set: { collectedUntil: sql`greatest(vm_perf_cursors.collected_until, excluded.collected_until)` },
    });
}
