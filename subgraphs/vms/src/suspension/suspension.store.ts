import { oneByKey, seesNothing, validUuids, type Visibility, visibleIn } from "@dcx/kit";
import { and, eq, getTableColumns, inArray, isNull, sql } from "drizzle-orm";
import { vmSuspensions } from "../db/schema";
import type { VmsDb } from "../vm/vm.store";
import type { VmSuspension } from "./suspension.type";

/**
 * Counted from the operations themselves, so the figure can never drift from what was queued.
 * The outer row is named in full: drizzle would print a bare column, which the sub-select reads as its own.
 */
const powerOffOperations = sql<number>`(select count(*)::int from vm_operations o
  where o.organization_id = vm_suspensions.organization_id and o.kind = 'power_off'
    and o.requested_by_kind = 'suspension' and o.requested_by_id = vm_suspensions.id::text)`.as("power_off_operations");
const columns = { ...getTableColumns(vmSuspensions), powerOffOperations };

const active = isNull(vmSuspensions.liftedAt);

/** The active suspension of each organisation, in ONE query; organisations outside `visible` have none. */
export async function findActiveSuspensions(
  db: VmsDb,
  organizationIds: readonly string[],
  visible: Visibility,
): Promise<(VmSuspension | null)[]> {
  const wanted = validUuids(organizationIds);
  const rows =
    wanted.length && !seesNothing(visible)
      ? await db
          .select(columns)
          .from(vmSuspensions)
          .where(
            and(
              inArray(vmSuspensions.organizationId, wanted),
              active,
              visibleIn(vmSuspensions.organizationId, visible),
            ),
          )
      : [];
  return oneByKey(organizationIds, rows, (row) => row.organizationId);
}

/** The organisation's active suspension (trusted code: no visibility), or null. */
export async function findActiveSuspension(db: VmsDb, organizationId: string): Promise<VmSuspension | null> {
  const [row] = await db
    .select(columns)
    .from(vmSuspensions)
    .where(and(eq(vmSuspensions.organizationId, organizationId), active));
  return row ?? null;
}

export async function findSuspension(db: VmsDb, id: string): Promise<VmSuspension | null> {
  const [row] = await db.select(columns).from(vmSuspensions).where(eq(vmSuspensions.id, id));
  return row ?? null;
}

/**
 * A new active suspension, or null when the organisation already has one: the partial unique
 * index `vm_suspensions_one_active_per_organization` decides, also between simultaneous calls.
 */
export async function insertSuspension(
  tx: VmsDb,
  values: { organizationId: string; reason: string; suspendedAt: Date },
): Promise<VmSuspension | null> {
  const [row] = await tx.insert(vmSuspensions).values(values).onConflictDoNothing().returning(columns);
  return row ?? null;
}

/** Ends the organisation's active suspension; null when it had none. */
export async function liftSuspension(tx: VmsDb, organizationId: string, liftedAt: Date): Promise<VmSuspension | null> {
  const [row] = await tx
    .update(vmSuspensions)
    .set({ liftedAt })
    .where(and(eq(vmSuspensions.organizationId, organizationId), active))
    .returning(columns);
  return row ?? null;
}
