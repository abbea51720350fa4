import type { TelemetryDb } from "../../db/telemetry-db";
import { findCurrentBills } from "../bill/current-bill.service";
import { thresholdsReached } from "./budget-thresholds";
import { type Budget, findBudgetPage, insertBudgetAlerts, type NewBudgetAlert } from "./budget.store";

const PAGE = 500;

/**
 * Compares budgets with their month's bill so far and its month-end forecast, and records every
 * threshold newly reached (its e-mail goes out with the next notices). Walks all budgets a page at
 * a time, or only `budgets` when given (a budget just set). Returns how many were reached.
 */
export async function reviewBudgets(db: TelemetryDb, now: Date, budgets?: Budget[]): Promise<number> {
  if (budgets) return reviewPage(db, now, budgets);
  let reached = 0;
  let after: string | null = null;
  for (;;) {
    const page = await findBudgetPage(db, after, PAGE);
    if (page.length === 0) return reached;
    reached += await reviewPage(db, now, page);
    after = page.at(-1)!.organizationId;
  }
}

async function reviewPage(db: TelemetryDb, now: Date, budgets: Budget[]): Promise<number> {
  const bills = await findCurrentBills(
    db,
    budgets.map((budget) => budget.organizationId),
    now,
  );
  const rows: NewBudgetAlert[] = [];
  budgets.forEach((budget, index) => {
    const bill = bills[index]!;
    for (const { thresholdPercent, basis } of thresholdsReached(
      budget.amountCents,
      bill.totalCents,
      bill.projectedTotalCents,
    )) {
      rows.push({
        organizationId: budget.organizationId,
        month: bill.month.label,
        thresholdPercent,
        basis,
        budgetCents: budget.amountCents,
        spentCents: bill.totalCents,
        forecastCents: bill.projectedTotalCents,
        reachedAt: now,
        noticeDueAt: now,
      });
    }
  });
  return insertBudgetAlerts(db, rows);
}
