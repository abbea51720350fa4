import { and, asc, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import { type BudgetAlertRow, billingBudgets, budgetAlerts } from "../../db/budget.schema";
import type { TelemetryDb } from "../../db/telemetry-db";

export interface Budget {
  organizationId: string;
  amountCents: bigint;
}

export async function upsertBudget(db: TelemetryDb, budget: Budget, now: Date): Promise<void> {
  await db
    .insert(billingBudgets)
    .values({ ...budget, updatedAt: now })
    .onConflictDoUpdate({
      target: billingBudgets.organizationId,
      set: { amountCents: budget.amountCents, updatedAt: now },
    });
}

export async function deleteBudget(db: TelemetryDb, organizationId: string): Promise<void> {
  await db.delete(billingBudgets).where(eq(billingBudgets.organizationId, organizationId));
}

/** Budgets by organisation (null for none), in one statement. */
export async function findBudgets(db: TelemetryDb, organizationIds: readonly string[]): Promise<(bigint | null)[]> {
  if (organizationIds.length === 0) return [];
  const rows = await db
    .select()
    .from(billingBudgets)
    .where(inArray(billingBudgets.organizationId, [...organizationIds]));
  const byOrganization = new Map(rows.map((row) => [row.organizationId, row.amountCents]));
  return organizationIds.map((id) => byOrganization.get(id) ?? null);
}

/** Every budget, a page at a time in organisation order (the review walks them all). */
export async function findBudgetPage(db: TelemetryDb, after: string | null, limit: number): Promise<Budget[]> {
  return db
    .select({ organizationId: billingBudgets.organizationId, amountCents: billingBudgets.amountCents })
    .from(billingBudgets)
    .where(after === null ? undefined : sql`${billingBudgets.organizationId} > ${after}`)
    .orderBy(asc(billingBudgets.organizationId))
    .limit(limit);
}

export type NewBudgetAlert = Omit<BudgetAlertRow, "notifiedAt" | "noticeAttempts" | "noticeError">;

/** Records thresholds reached; one already recorded this month stays as it was. Returns the new ones. */
export async function insertBudgetAlerts(db: TelemetryDb, rows: NewBudgetAlert[]): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await db
    .insert(budgetAlerts)
    .values(rows)
    .onConflictDoNothing()
    .returning({ organizationId: budgetAlerts.organizationId });
  return inserted.length;
}

/** The month's thresholds reached by each organisation, lowest first, in one statement. */
export async function findBudgetAlerts(
  db: TelemetryDb,
  organizationIds: readonly string[],
  month: string,
): Promise<BudgetAlertRow[][]> {
  if (organizationIds.length === 0) return [];
  const rows = await db
    .select()
    .from(budgetAlerts)
    .where(and(inArray(budgetAlerts.organizationId, [...organizationIds]), eq(budgetAlerts.month, month)))
    .orderBy(asc(budgetAlerts.thresholdPercent));
  return organizationIds.map((id) => rows.filter((row) => row.organizationId === id));
}

/** Claims due e-mails by pushing their next attempt `leaseSeconds` ahead (as the alert e-mails do). */
export async function claimDueBudgetNotices(
  db: TelemetryDb,
  now: Date,
  limit: number,
  leaseSeconds: number,
): Promise<BudgetAlertRow[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({
        organizationId: budgetAlerts.organizationId,
        month: budgetAlerts.month,
        thresholdPercent: budgetAlerts.thresholdPercent,
      })
      .from(budgetAlerts)
      .where(and(isNull(budgetAlerts.notifiedAt), lte(budgetAlerts.noticeDueAt, now)))
      .orderBy(asc(budgetAlerts.noticeDueAt))
      .limit(limit)
      .for("update", { skipLocked: true });
    const claimed: BudgetAlertRow[] = [];
    for (const key of due) {
      const [row] = await tx
        .update(budgetAlerts)
        .set({
          noticeAttempts: sql`${budgetAlerts.noticeAttempts} + 1`,
          noticeDueAt: new Date(now.getTime() + leaseSeconds * 1000),
        })
        .where(keyOf(key))
        .returning();
      claimed.push(row!);
    }
    return claimed;
  });
}

type AlertKey = Pick<BudgetAlertRow, "organizationId" | "month" | "thresholdPercent">;
const keyOf = (key: AlertKey) =>
  and(
    eq(budgetAlerts.organizationId, key.organizationId),
    eq(budgetAlerts.month, key.month),
    eq(budgetAlerts.thresholdPercent, key.thresholdPercent),
  );

export async function markBudgetNotified(db: TelemetryDb, key: AlertKey, at: Date): Promise<void> {
  await db.update(budgetAlerts).set({ notifiedAt: at, noticeError: null }).where(keyOf(key));
}

export async function markBudgetNoticeFailed(db: TelemetryDb, key: AlertKey, error: string, retryAt: Date) {
  await db
    .update(budgetAlerts)
    .set({ noticeError: error.slice(0, 500), noticeDueAt: retryAt })
    .where(keyOf(key));
}
