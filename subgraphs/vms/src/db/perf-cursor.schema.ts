import { timestamp, pgTable, uuid } from "drizzle-orm/pg-core";
import { vms } from "./vm.schema";

/**
 * How far each VM's performance samples have been collected from vCenter and acknowledged by
 * telemetry-billing: the next collection asks from here (less an overlap for late samples).
 * A VM without a row has never been collected and starts with the back-fill.
 */
export const vmPerfCursors = pgTable("vm_perf_cursors", {
  vmId: uuid("vm_id")
    .primaryKey()
    .references(() => vms.id, { onDelete: "cascade" }),
  collectedUntil: timestamp("collected_until", { withTimezone: true }).notNull(),
});
