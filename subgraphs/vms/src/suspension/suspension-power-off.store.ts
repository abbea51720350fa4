import { sql } from "drizzle-orm";
import type { VmsDb } from "../vm/vm.store";

export interface QueuedPowerOff {
  operationId: string;
  organizationId: string;
  vmId: string;
}

/** A suspension's power-off that failed (vCenter refused, say) is tried again no sooner than this. */
export const RETRY_FAILED_POWER_OFF_MINUTES = 15;

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/**
 * Writes a queued power-off operation, requested by the suspension, for every running VM of a
 * suspended organisation (one, or all when `organizationId` is null) that has no queued or running
 * operation: one statement for any number of VMs. A VM with an operation in flight is left to a
 * later sweep; a VM whose suspension power-off failed lately waits out the retry delay. Two sweeps
 * at once cannot queue two for one VM: the partial unique index `vm_operations_one_active_per_vm`
 * turns the second into nothing (`on conflict do nothing`).
 */
export async function queueSuspensionPowerOffs(
  db: VmsDb,
  now: Date,
  organizationId: string | null,
): Promise<QueuedPowerOff[]> {
  const retryAfter = new Date(now.getTime() - RETRY_FAILED_POWER_OFF_MINUTES * 60_000).toISOString();
  const result = await db.execute(sql`
    insert into vm_operations (id, organization_id, vm_id, kind, status, input, requested_by_kind, requested_by_id)
    select gen_random_uuid(), v.organization_id, v.id, 'power_off', 'queued',
      jsonb_build_object('suspensionId', s.id, 'reason', s.reason), 'suspension', s.id::text
    from vm_suspensions s
    join vms v on v.organization_id = s.organization_id
    where s.lifted_at is null
      and (${organizationId}::uuid is null or s.organization_id = ${organizationId}::uuid)
      and v.lifecycle = 'ready' and v.power_state = 'powered_on'
      and not exists (select 1 from vm_operations o where o.vm_id = v.id and o.status in ('queued', 'running'))
      and not exists (select 1 from vm_operations f where f.vm_id = v.id and f.kind = 'power_off'
        and f.requested_by_kind = 'suspension' and f.status = 'failed'
        and f.finished_at > ${retryAfter}::timestamptz)
    on conflict do nothing
    returning id, organization_id, vm_id`);
  return rowsOf<{ id: string; organization_id: string; vm_id: string }>(result).map((row) => ({
    operationId: row.id,
    organizationId: row.organization_id,
    vmId: row.vm_id,
  }));
}
