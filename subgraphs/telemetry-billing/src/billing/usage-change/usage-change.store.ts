import { badUserInput } from "@dcx/kit";
import { sql } from "drizzle-orm";
import type { TelemetryDb } from "../../db/telemetry-db";
import { rowsOf } from "../../sql/sql-arrays";
import { STORAGE_TIERS } from "../metering/metering.sql";
import type { VmUsageChangeInput } from "./usage-change.type";

const MAX_CHANGES = 1000;

/** Refuses a delivery the metering could not bill exactly, before anything is written. */
function checkChanges(changes: VmUsageChangeInput[]): void {
  if (changes.length > MAX_CHANGES) throw badUserInput(`At most ${MAX_CHANGES} changes per delivery`, "changes");
  changes.forEach((change, index) => {
    const field = (name: string) => `changes[${index}].${name}`;
    const counts = { vcpuCount: change.vcpuCount, memoryMib: change.memoryMib, publicIpCount: change.publicIpCount };
    for (const [name, value] of Object.entries(counts)) {
      if (value < 0) throw badUserInput(`${name} cannot be negative`, field(name));
    }
    change.disks.forEach((disk, d) => {
      if (!(STORAGE_TIERS as readonly string[]).includes(disk.tier))
        throw badUserInput(`Unknown storage tier ${JSON.stringify(disk.tier)}`, field(`disks[${d}].tier`));
      if (disk.capacityGb < 0) throw badUserInput("capacityGb cannot be negative", field(`disks[${d}].capacityGb`));
    });
    change.licences.forEach((licence, l) => {
      if (licence.quantity < 0) throw badUserInput("quantity cannot be negative", field(`licences[${l}].quantity`));
    });
  });
}

/**
 * Stores the changes not stored before (by change id) and, in the same transaction, marks for
 * re-metering each VM that received a change for an hour already metered. The watermark row is
 * locked first, so a metering run in progress finishes before the late change is judged.
 */
export async function storeUsageChanges(
  db: TelemetryDb,
  changes: VmUsageChangeInput[],
): Promise<{ stored: number; alreadyStored: number }> {
  checkChanges(changes);
  if (changes.length === 0) return { stored: 0, alreadyStored: 0 };
  // Oldest first (a stable sort keeps the sender's order within a second): arrival order breaks ties.
  const oldestFirst = [...changes].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  const rows = oldestFirst.map((c) => ({
    change_id: c.changeId,
    vm_id: c.vmId,
    organization_id: c.organizationId,
    // Whole seconds: a VM's hour then splits into whole seconds of each state, summed exactly.
    occurred_at: new Date(Math.floor(c.occurredAt.getTime() / 1000) * 1000).toISOString(),
    vm_exists: c.exists,
    powered_on: c.poweredOn,
    vcpu_count: c.vcpuCount,
    memory_mib: c.memoryMib,
    disks: c.disks.map((d) => ({ diskId: d.diskId, tier: d.tier, capacityGb: d.capacityGb })),
    licences: c.licences.map((l) => ({ sku: l.sku, quantity: l.quantity })),
    public_ip_count: c.publicIpCount,
  }));
  return db.transaction(async (tx) => {
    await tx.execute(sql`select 1 from metering_progress where id = 1 for share`);
    const inserted = rowsOf<{ vm_id: string; organization_id: string; occurred_at: string | Date }>(
      await tx.execute(sql`
        insert into vm_usage_changes (change_id, vm_id, organization_id, occurred_at, vm_exists, powered_on,
          vcpu_count, memory_mib, disks, licences, public_ip_count)
        select change_id, vm_id, organization_id, occurred_at, vm_exists, powered_on,
          vcpu_count, memory_mib, disks, licences, public_ip_count
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(change_id text, vm_id uuid,
          organization_id uuid, occurred_at timestamptz, vm_exists boolean, powered_on boolean, vcpu_count int,
          memory_mib int, disks jsonb, licences jsonb, public_ip_count int)
        on conflict (change_id) do nothing
        returning vm_id, organization_id, occurred_at`),
    );
    await tx.execute(sql`
      insert into metering_rework (vm_id, organization_id, from_hour, marked_at)
      select late.vm_id, min(late.organization_id::text)::uuid, min(date_trunc('hour', late.occurred_at, 'UTC')), clock_timestamp()
      from jsonb_to_recordset(${JSON.stringify(inserted)}::jsonb) as late(vm_id uuid, organization_id uuid, occurred_at timestamptz)
      join metering_progress p on p.id = 1 and late.occurred_at < p.metered_until
      group by late.vm_id
      on conflict (vm_id) do update set from_hour = least(metering_rework.from_hour, excluded.from_hour),
        marked_at = excluded.marked_at`);
    return { stored: inserted.length, alreadyStored: changes.length - inserted.length };
  });
}
