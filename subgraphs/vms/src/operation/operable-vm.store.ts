import { isUuid, type Visibility, visibleIn } from "@dcx/kit";
import { and, asc, eq, ne, sql } from "drizzle-orm";
import { vmDisks, vms } from "../db/schema";
import type { VmsDb } from "../vm/vm.store";
import type { PowerState, StorageTier } from "../vm/vm.type";

/** A VM as the operation rules need it, deleted ones included (they are refused by name). */
export interface OperableVm {
  id: string;
  organizationId: string;
  name: string;
  powerState: PowerState;
  lifecycle: "provisioning" | "ready" | "deleting" | "deleted";
  vcpuCount: number;
  memoryMib: number;
}

export interface OperableDisk {
  id: string;
  label: string;
  capacityGb: number;
  tier: StorageTier;
  position: number;
}

/** One VM of an organisation in `visible`, or null. */
export async function findOperableVm(db: VmsDb, id: string, visible: Visibility): Promise<OperableVm | null> {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select({
      id: vms.id,
      organizationId: vms.organizationId,
      name: vms.name,
      powerState: vms.powerState,
      lifecycle: vms.lifecycle,
      vcpuCount: vms.vcpuCount,
      memoryMib: vms.memoryMib,
    })
    .from(vms)
    .where(and(eq(vms.id, id), visibleIn(vms.organizationId, visible)));
  return row ? { ...row, powerState: row.powerState as PowerState } : null;
}

export async function findDisksOfVm(db: VmsDb, vmId: string): Promise<OperableDisk[]> {
  const rows = await db
    .select({
      id: vmDisks.id,
      label: vmDisks.label,
      capacityGb: vmDisks.capacityGb,
      tier: vmDisks.tier,
      position: vmDisks.position,
    })
    .from(vmDisks)
    .where(eq(vmDisks.vmId, vmId))
    .orderBy(asc(vmDisks.position));
  return rows.map((row) => ({ ...row, tier: row.tier as StorageTier }));
}

/** True when the organisation has a VM of this name (ignoring case) that is not deleted. */
export async function vmNameTaken(db: VmsDb, organizationId: string, name: string): Promise<boolean> {
  const [row] = await db
    .select({ id: vms.id })
    .from(vms)
    .where(
      and(
        eq(vms.organizationId, organizationId),
        ne(vms.lifecycle, "deleted"),
        sql`lower(${vms.name}) = lower(${name})`,
      ),
    )
    .limit(1);
  return Boolean(row);
}
