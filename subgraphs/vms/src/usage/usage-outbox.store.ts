import { and, asc, count, inArray, isNull, sql } from "drizzle-orm";
import { type UsageSnapshot, vmUsageChanges } from "../db/schema";
import type { VmsDb } from "../vm/vm.store";

/** An outbox row not yet acknowledged by telemetry-billing. */
export interface PendingUsageChange {
  id: number;
  vmId: string;
  organizationId: string;
  occurredAt: Date;
  snapshot: UsageSnapshot;
}

/** The oldest `limit` undelivered rows, oldest first (the partial index `vm_usage_changes_undelivered`). */
export function readUndelivered(db: VmsDb, limit: number): Promise<PendingUsageChange[]> {
  return db
    .select({
      id: vmUsageChanges.id,
      vmId: vmUsageChanges.vmId,
      organizationId: vmUsageChanges.organizationId,
      occurredAt: vmUsageChanges.occurredAt,
      snapshot: vmUsageChanges.snapshot,
    })
    .from(vmUsageChanges)
    .where(isNull(vmUsageChanges.deliveredAt))
    .orderBy(asc(vmUsageChanges.id))
    .limit(limit);
}

export async function markDelivered(db: VmsDb, ids: readonly number[], at: Date): Promise<void> {
  if (!ids.length) return;
  await db
    .update(vmUsageChanges)
    .set({ deliveredAt: at })
    .where(and(inArray(vmUsageChanges.id, [...ids]), isNull(vmUsageChanges.deliveredAt)));
}

export async function countUndelivered(db: VmsDb): Promise<number> {
  const [row] = await db.select({ pending: count() }).from(vmUsageChanges).where(isNull(vmUsageChanges.deliveredAt));
  return Number(row?.pending ?? 0);
}

/**
 * Deletes rows delivered before `before`, except each VM's newest: the trigger compares every new
 * snapshot with the VM's last one, and must never mistake a VM it reported for one it did not.
 */
export async function purgeDelivered(db: VmsDb, before: Date): Promise<number> {
  const result = await db.execute(sql`
    delete from vm_usage_changes c
    where c.delivered_at < ${before.toISOString()}::timestamptz
      and exists (select 1 from vm_usage_changes newer where newer.vm_id = c.vm_id and newer.id > c.id)
    returning c.id`);
  return (result as unknown as { rows: unknown[] }).rows.length;
}
