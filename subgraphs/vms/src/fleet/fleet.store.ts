import { sql } from "drizzle-orm";
import type { VmsDb } from "../vm/vm.store";

/** One organisation's sums for one power state, as the database returns them (bigint as text). */
export interface FleetRow {
  root: string;
  powerState: string;
  vmCount: string;
  vcpuCount: string;
  memoryMib: string;
  diskGb: string;
}

const uuidArray = (ids: readonly string[]) => `{${ids.join(",")}}`;

/**
 * Sums VMs, vCPUs, memory and disk per (root, power state) for any number of roots in one
 * query: `pairs` says which organisation's VMs count towards which root. Sums are bigint in
 * the database and stay text until they are exact decimals, so no total passes through a float.
 */
export async function sumFleets(db: VmsDb, pairs: readonly { root: string; member: string }[]): Promise<FleetRow[]> {
  if (!pairs.length) return [];
  const result = await db.execute(sql`
    select scope.root::text as "root", vms.power_state::text as "powerState",
      count(*)::text as "vmCount",
      sum(vms.vcpu_count)::text as "vcpuCount",
      sum(vms.memory_mib)::text as "memoryMib",
      sum(disk.gb)::text as "diskGb"
    from unnest(${uuidArray(pairs.map((p) => p.root))}::uuid[], ${uuidArray(pairs.map((p) => p.member))}::uuid[])
      as scope(root, member)
    join vms on vms.organization_id = scope.member and vms.lifecycle <> 'deleted'
    cross join lateral (
      select coalesce(sum(vm_disks.capacity_gb), 0)::bigint as gb from vm_disks where vm_disks.vm_id = vms.id
    ) disk
    group by scope.root, vms.power_state`);
  return (result as unknown as { rows: FleetRow[] }).rows;
}
