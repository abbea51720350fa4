import { and, asc, eq, inArray, isNotNull, isNull, lte, or, sql } from "drizzle-orm";
import { type AlertRow, alerts, vmPowerStates } from "../../db/schema";
import type { TelemetryDb } from "../../db/telemetry-db";

/** An alert whose "fired" or "resolved" e-mail has not gone out yet (the partial index `alerts_notice_due_idx`). */
const unsent = or(isNull(alerts.firedNotifiedAt), and(isNotNull(alerts.resolvedAt), isNull(alerts.resolvedNotifiedAt)));

/**
 * Claims up to `limit` alerts with an e-mail due by pushing their next attempt `leaseSeconds`
 * ahead: another sender (or this one after a crash) takes them again only once the lease ran out.
 */
export async function claimDueNotices(
  db: TelemetryDb,
  now: Date,
  limit: number,
  leaseSeconds: number,
): Promise<AlertRow[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: alerts.id })
      .from(alerts)
      .where(and(unsent, lte(alerts.noticeDueAt, now)))
      .orderBy(asc(alerts.noticeDueAt), asc(alerts.firedAt))
      .limit(limit)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(alerts)
      .set({
        noticeAttempts: sql`${alerts.noticeAttempts} + 1`,
        noticeDueAt: new Date(now.getTime() + leaseSeconds * 1000),
      })
      .where(
        inArray(
          alerts.id,
          due.map((row) => row.id),
        ),
      )
      .returning();
  });
}

export async function markNotified(db: TelemetryDb, id: string, kind: "fired" | "resolved", at: Date): Promise<void> {
  await db
    .update(alerts)
    .set(kind === "fired" ? { firedNotifiedAt: at, noticeError: null } : { resolvedNotifiedAt: at, noticeError: null })
    .where(eq(alerts.id, id));
}

export async function markNoticeFailed(db: TelemetryDb, id: string, error: string, retryAt: Date): Promise<void> {
  await db
    .update(alerts)
    .set({ noticeError: error.slice(0, 500), noticeDueAt: retryAt })
    .where(eq(alerts.id, id));
}

/** The names the collector sent for these VMs (alert e-mails name the VM), by VM id. */
export async function findVmNames(db: TelemetryDb, vmIds: readonly string[]): Promise<Map<string, string>> {
  if (vmIds.length === 0) return new Map();
  const rows = await db
    .select({ vmId: vmPowerStates.vmId, vmName: vmPowerStates.vmName })
    .from(vmPowerStates)
    .where(inArray(vmPowerStates.vmId, [...new Set(vmIds)]));
  return new Map(rows.filter((row) => row.vmName !== null).map((row) => [row.vmId, row.vmName!]));
}
