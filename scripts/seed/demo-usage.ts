import { billingMonthOf, recordUsageChanges, type TelemetryDb } from "@dcx/telemetry-billing";
import type { VmsDb } from "@dcx/vms";
import { sql } from "drizzle-orm";

interface VmState {
  id: string;
  organization_id: string;
  power_state: string;
  vcpu_count: number;
  memory_mib: number;
  disks: { diskId: string; tier: string; capacityGb: number }[];
}

/**
 * A demo month to date: each discovered VM is taken to have run as it is now since the month
 * began (South African time), delivered to billing as the vms service delivers changes, so the
 * first metering pass gives every demo organisation a current bill. What happens from now on
 * arrives through the vms outbox as in production.
 */
export async function seedUsageHistory(vms: VmsDb, telemetry: TelemetryDb, now: Date): Promise<number> {
  const { rows } = (await vms.execute(sql`
    select v.id, v.organization_id, v.power_state, v.vcpu_count, v.memory_mib,
      coalesce((select json_agg(json_build_object('diskId', d.id, 'tier', d.tier, 'capacityGb', d.capacity_gb)
        order by d.position) from vm_disks d where d.vm_id = v.id), '[]') as disks
    from vms v where v.lifecycle = 'ready' and v.organization_id is not null`)) as unknown as { rows: VmState[] };
  const monthStart = billingMonthOf(now).start;
  await recordUsageChanges(
    telemetry,
    rows.map((vm) => ({
      changeId: `demo:${vm.id}`,
      vmId: vm.id,
      organizationId: vm.organization_id,
      occurredAt: monthStart,
      exists: true,
      poweredOn: vm.power_state === "powered_on",
      vcpuCount: vm.vcpu_count,
      memoryMib: vm.memory_mib,
      disks: vm.disks,
      licences: [],
      publicIpCount: 0,
    })),
  );
  return rows.length;
}
