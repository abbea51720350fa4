import { sql } from "drizzle-orm";
import { check, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/**
 * An organisation's VMs suspended for unpaid usage, at the wallet's request: its running VMs are
 * powered off and none may be powered on or created until the suspension is lifted. Rows are
 * never deleted: a lifted suspension keeps its history. No foreign key: organisations live in
 * tenancy's database.
 */
export const vmSuspensions = pgTable(
  "vm_suspensions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id").notNull(),
    /** Why, as the wallet put it (e.g. the arrears and the credit limit). */
    reason: text("reason").notNull(),
    suspendedAt: timestamp("suspended_at", { withTimezone: true }).notNull().defaultNow(),
    liftedAt: timestamp("lifted_at", { withTimezone: true }),
  },
  (table) => [
    // One active suspension per organisation: a second suspend meets the first.
    uniqueIndex("vm_suspensions_one_active_per_organization")
      .on(table.organizationId)
      .where(sql`${table.liftedAt} is null`),
    check(
      "vm_suspensions_lifted_after_suspended",
      sql`${table.liftedAt} is null or ${table.liftedAt} >= ${table.suspendedAt}`,
    ),
  ],
);

export type VmSuspensionRow = typeof vmSuspensions.$inferSelect;
