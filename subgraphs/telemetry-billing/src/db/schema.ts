import { sql } from "drizzle-orm";
import { check, doublePrecision, index, pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * One utilisation sample of one VM, as collected from vCenter. Percentages of the VM's
 * allocation are measurements, not money, so double precision is the right type.
 */
export const vmSamples = pgTable(
  "vm_samples",
  {
    vmId: uuid("vm_id").notNull(),
    organizationId: uuid("organization_id").notNull(),
    sampledAt: timestamp("sampled_at", { withTimezone: true }).notNull(),
    cpuPercent: doublePrecision("cpu_percent").notNull(),
    memoryPercent: doublePrecision("memory_percent").notNull(),
  },
  (table) => [
    // One sample per VM per instant: a collector that re-sends a sample changes nothing.
    primaryKey({ name: "vm_samples_pkey", columns: [table.vmId, table.sampledAt] }),
    // Organisation roll-ups read every VM of one organisation over a time range.
    index("vm_samples_organization_sampled_at_idx").on(table.organizationId, table.sampledAt),
    check("vm_samples_cpu_percent_range", sql`${table.cpuPercent} between 0 and 100`),
    check("vm_samples_memory_percent_range", sql`${table.memoryPercent} between 0 and 100`),
  ],
);

export type VmSampleRow = typeof vmSamples.$inferSelect;

export const telemetryTables = { vmSamples };
