import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { type VmOperationRow, vmDisks, vmNics, vmOperations, vms } from "../../db/schema";
import type { VmsDb } from "../../vm/vm.store";

/** Statuses in which an operation still has work to do. */
export const ACTIVE_STATUSES = ["queued", "running"] as const;
const active = inArray(vmOperations.status, [...ACTIVE_STATUSES]);

export async function loadOperation(db: VmsDb, id: string): Promise<VmOperationRow | null> {
  const [row] = await db.select().from(vmOperations).where(eq(vmOperations.id, id));
  return row ?? null;
}

/** queued → running (a rerun keeps its first start time); null when the operation has already ended. */
export async function markRunning(db: VmsDb, id: string, now: Date): Promise<VmOperationRow | null> {
  const [row] = await db
    .update(vmOperations)
    .set({ status: "running", startedAt: sql`coalesce(${vmOperations.startedAt}, ${now})`, updatedAt: now })
    .where(and(eq(vmOperations.id, id), active))
    .returning();
  return row ?? null;
}

/** Records the hypervisor task in flight (before awaiting it), or a guest request already sent. */
export async function saveTask(db: VmsDb, id: string, taskId: string, now: Date): Promise<void> {
  await db.update(vmOperations).set({ taskId, updatedAt: now }).where(eq(vmOperations.id, id));
}

/** Progress only ever rises, even when a rerun reports a task from its start again. */
export async function saveProgress(db: VmsDb, id: string, progress: number, now: Date): Promise<void> {
  await db
    .update(vmOperations)
    .set({ progress: sql`greatest(${vmOperations.progress}, ${progress})`, updatedAt: now })
    .where(and(eq(vmOperations.id, id), active));
}

/**
 * Ends an operation, only if it has not ended already (a sweep and a job may race to it);
 * true when this call ended it.
 */
export async function endOperation(
  db: Pick<VmsDb, "update">,
  id: string,
  end: { status: "succeeded" | "failed"; errorCode?: string; errorMessage?: string },
  now: Date,
): Promise<boolean> {
  const rows = await db
    .update(vmOperations)
    .set({
      status: end.status,
      ...(end.status === "succeeded" ? { progress: 100 } : {}),
      errorCode: end.errorCode ?? null,
      errorMessage: end.errorMessage ?? null,
      finishedAt: now,
      updatedAt: now,
    })
    .where(and(eq(vmOperations.id, id), active))
    .returning({ id: vmOperations.id });
  return rows.length > 0;
}

/** Operations not ended whose last change is older than `seconds`, oldest first. */
export function staleActiveOperations(db: VmsDb, seconds: number, limit: number) {
  return db
    .select({ id: vmOperations.id, status: vmOperations.status })
    .from(vmOperations)
    .where(and(active, sql`${vmOperations.updatedAt} < now() - make_interval(secs => ${seconds})`))
    .orderBy(asc(vmOperations.updatedAt))
    .limit(limit);
}

export async function loadVm(db: VmsDb, vmId: string) {
  const [vm] = await db.select().from(vms).where(eq(vms.id, vmId));
  return vm ?? null;
}

export const loadDisks = (db: VmsDb, vmId: string) =>
  db.select().from(vmDisks).where(eq(vmDisks.vmId, vmId)).orderBy(asc(vmDisks.position));

export const loadNics = (db: VmsDb, vmId: string) =>
  db.select().from(vmNics).where(eq(vmNics.vmId, vmId)).orderBy(asc(vmNics.position));
