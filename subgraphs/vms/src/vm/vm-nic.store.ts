import { manyByKey, seesNothing, validUuids, type Visibility, visibleIn } from "@dcx/kit";
import { and, asc, inArray } from "drizzle-orm";
import { type VmNicRow, vmNics, vms } from "../db/schema";
import type { VmsDb } from "./vm.store";
import { type IpMode, type VmNic } from "./vm.type";

const toVmNic = (row: VmNicRow): VmNic => ({
  id: row.id,
  vmId: row.vmId,
  portGroup: row.portGroup,
  macAddress: row.macAddress,
  ipMode: row.ipMode as IpMode,
  ipAddress: row.ipAddress,
});

/** The NICs of each VM in order; NICs of a VM outside `visible` are not read (as for disks). */
export async function findNicsByVmIds(db: VmsDb, vmIds: readonly string[], visible: Visibility): Promise<VmNic[][]> {
  const wanted = validUuids(vmIds);
  const scope = visibleIn(vms.organizationId, visible);
  const visibleVms = scope && db.select({ id: vms.id }).from(vms).where(scope);
  const rows =
    wanted.length && !seesNothing(visible)
      ? await db
          .select()
          .from(vmNics)
          .where(and(inArray(vmNics.vmId, wanted), visibleVms && inArray(vmNics.vmId, visibleVms)))
          .orderBy(asc(vmNics.position))
      : [];
  return manyByKey(vmIds, rows.map(toVmNic), (nic) => nic.vmId);
}
