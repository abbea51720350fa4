import { bigint, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Each VM's cost this billing month as `Vm.monthCost` prices it (VAT included), kept by the billing
 * step whenever metering moves, so a VM list can be ranked by cost without pricing a month of
 * hourly records per page. Only the current month's rows are kept.
 */
export const vmMonthCosts = pgTable(
  "vm_month_costs",
  {
    organizationId: uuid("organization_id").notNull(),
    /** The billing month, as "2026-11". */
    month: text("month").notNull(),
    vmId: uuid("vm_id").notNull(),
    toDateCents: bigint("to_date_cents", { mode: "bigint" }).notNull(),
    projectedCents: bigint("projected_cents", { mode: "bigint" }).notNull(),
    /** Usage before this hour is in the figures: the metering watermark they were priced at. */
    meteredUntil: timestamp("metered_until", { withTimezone: true }).notNull(),
  },
  // Led by what a ranking reads: one organisation's month.
  (table) => [
    primaryKey({ name: "vm_month_costs_pkey", columns: [table.organizationId, table.month, table.vmId] }),
    index("vm_month_costs_month_idx").on(table.month),
  ],
);
