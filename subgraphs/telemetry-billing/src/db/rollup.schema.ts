import { bigint, index, integer, pgTable, primaryKey, smallint, timestamp, uuid } from "drizzle-orm/pg-core";
import { ROLLED_METRICS } from "../metric/metric-catalogue";

const aggregateColumns = () =>
  Object.fromEntries(
    ROLLED_METRICS.flatMap((m) => [
      [`${m.column}_sum`, bigint(`${m.column}_sum`, { mode: "number" })],
      [`${m.column}_max`, integer(`${m.column}_max`)],
      [`${m.column}_count`, integer(`${m.column}_count`).notNull().default(0)],
    ]),
  );

/**
 * The roll-up ladder: 30-minute, 2-hour and 1-day buckets of every metric, each as the exact
 * integer sum, the maximum and the number of samples behind them, so a coarser bucket is computed
 * from finer ones without loss and computing a bucket again gives the same row.
 */
export const vmRollups = pgTable(
  "vm_rollups",
  {
    resolutionMinutes: smallint("resolution_minutes").notNull(),
    vmId: uuid("vm_id").notNull(),
    bucket: timestamp("bucket", { withTimezone: true }).notNull(),
    organizationId: uuid("organization_id").notNull(),
    // Typed as nothing: they are read and written with SQL built from the metric catalogue.
    ...(aggregateColumns() as object),
  },
  (table) => [
    primaryKey({ name: "vm_rollups_pkey", columns: [table.resolutionMinutes, table.vmId, table.bucket] }),
    index("vm_rollups_organization_bucket_idx").on(table.resolutionMinutes, table.organizationId, table.bucket),
    index("vm_rollups_bucket_idx").on(table.resolutionMinutes, table.bucket),
  ],
);

/** Buckets whose roll-up must be (re)computed because samples or finer buckets changed. */
export const rollupPending = pgTable(
  "rollup_pending",
  {
    resolutionMinutes: smallint("resolution_minutes").notNull(),
    bucket: timestamp("bucket", { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ name: "rollup_pending_pkey", columns: [table.resolutionMinutes, table.bucket] })],
);
