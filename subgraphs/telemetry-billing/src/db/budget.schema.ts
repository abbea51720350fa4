import { sql } from "drizzle-orm";
import { bigint, check, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** An organisation's monthly budget, VAT included, compared with its month's bill. */
export const billingBudgets = pgTable(
  "billing_budgets",
  {
    organizationId: uuid("organization_id").primaryKey(),
    amountCents: bigint("amount_cents", { mode: "bigint" }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [check("billing_budgets_amount_positive", sql`${table.amountCents} > 0`)],
);

/**
 * A budget threshold (50, 80 or 100 %) reached in a billing month, by the bill so far or by its
 * forecast: one row, so one e-mail, per organisation, month and threshold. The row is its own
 * e-mail outbox (notified_at, with a lease and back-off like the alert e-mails).
 */
export const budgetAlerts = pgTable(
  "budget_alerts",
  {
    organizationId: uuid("organization_id").notNull(),
    /** The billing month, e.g. "2026-11" (South African time). */
    month: text("month").notNull(),
    thresholdPercent: integer("threshold_percent").notNull(),
    /** actual: the bill so far reached it; forecast: only the month-end projection did. */
    basis: text("basis").notNull(),
    budgetCents: bigint("budget_cents", { mode: "bigint" }).notNull(),
    spentCents: bigint("spent_cents", { mode: "bigint" }).notNull(),
    forecastCents: bigint("forecast_cents", { mode: "bigint" }).notNull(),
    reachedAt: timestamp("reached_at", { withTimezone: true }).notNull(),
    notifiedAt: timestamp("notified_at", { withTimezone: true }),
    noticeAttempts: integer("notice_attempts").notNull().default(0),
    noticeDueAt: timestamp("notice_due_at", { withTimezone: true }).notNull(),
    noticeError: text("notice_error"),
  },
  (table) => [
    primaryKey({ columns: [table.organizationId, table.month, table.thresholdPercent] }),
    index("budget_alerts_notice_due_idx")
      .on(table.noticeDueAt)
      .where(sql`${table.notifiedAt} is null`),
    check("budget_alerts_basis", sql`${table.basis} in ('actual', 'forecast')`),
  ],
);

export type BudgetAlertRow = typeof budgetAlerts.$inferSelect;
