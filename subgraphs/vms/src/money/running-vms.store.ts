import { and, asc, eq, inArray } from "drizzle-orm";
import { vmDisks, vms } from "../db/schema";
import type { VmsDb } from "../vm/vm.store";
import type { StorageTier } from "../vm/vm.type";
import type { VmCostSpec } from "./money-gate";

/**
 * What the organisation runs now, as the catalog prices it: its VMs that exist in vCenter
 * (lifecycle `ready`) and are powered on, with their disks, in two queries. VMs still
 * provisioning are covered by their own holds; powered-off VMs cost storage only and are left
 * out, as the product decided. Licences are not recorded per VM yet, so they are not priced.
 */
export async function findRunningVmSpecs(db: VmsDb, organizationId: string): Promise<VmCostSpec[]> {
  const running = await db
    .select({ id: vms.id, vcpuCount: vms.vcpuCount, memoryMib: vms.memoryMib })
    .from(vms)
    .where(and(eq(vms.organizationId, organizationId), eq(vms.lifecycle, "ready"), eq(vms.powerState, "powered_on")))
    .orderBy(asc(vms.id));
  if (running.length === 0) return [];
  const disks = await db
    .select({ vmId: vmDisks.vmId, capacityGb: vmDisks.capacityGb, tier: vmDisks.tier })
    .from(vmDisks)
    .where(
      inArray(
        vmDisks.vmId,
        running.map((vm) => vm.id),
      ),
    )
    .orderBy(asc(vmDisks.vmId), asc(vmDisks.position));
  const disksOf = new Map<string, VmCostSpec["disks"]>();
  for (const disk of disks) {
    const list = disksOf.get(disk.vmId) ?? [];
    list.push({ capacityGb: disk.capacityGb, tier: disk.tier as StorageTier });
    disksOf.set(disk.vmId, list);
  }
  return running.map((vm) => ({
    vcpuCount: vm.vcpuCount,
    memoryMib: vm.memoryMib,
    disks: disksOf.get(vm.id) ?? [],
    licences: [],
  }));
}
