import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  index,
  integer,
  pgTable,
  pgView,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { ROLLED_METRICS, UPTIME_COLUMN } from "../metric/metric-catalogue";

const metricColumns = () => Object.fromEntries(ROLLED_METRICS.map((m) => [m.column, integer(m.column)]));

/**
 * One 5-minute sample of one VM, every metric in one row (a null is a value vCenter did not give,
 * never a zero). On every database the table is range-partitioned by day on `sampled_at`
 * (the migration says so; Drizzle cannot): retention drops whole days.
 */
export const vmSamples = pgTable(
  "vm_samples",
  {
    vmId: uuid("vm_id").notNull(),
    organizationId: uuid("organization_id").notNull(),
    sampledAt: timestamp("sampled_at", { withTimezone: true }).notNull(),
    // Typed as nothing: they are read and written with SQL built from the metric catalogue.
    ...(metricColumns() as object),
    uptimeSeconds: integer(UPTIME_COLUMN),
  },
  (table) => [
    // One sample per VM per instant: a re-sent or overlapping poll writes nothing twice.
    primaryKey({ name: "vm_samples_pkey", columns: [table.vmId, table.sampledAt] }),
    index("vm_samples_organization_sampled_at_idx").on(table.organizationId, table.sampledAt),
  ],
);

/** Guest file-system use as VMware Tools report it; kept as long as the raw samples. */
export const vmGuestDiskSamples = pgTable(
  "vm_guest_disk_samples",
  {
    vmId: uuid("vm_id").notNull(),
    organizationId: uuid("organization_id").notNull(),
    path: text("path").notNull(),
    sampledAt: timestamp("sampled_at", { withTimezone: true }).notNull(),
    capacityMb: bigint("capacity_mb", { mode: "number" }).notNull(),
    freeMb: bigint("free_mb", { mode: "number" }).notNull(),
  },
  (table) => [primaryKey({ name: "vm_guest_disk_samples_pkey", columns: [table.vmId, table.path, table.sampledAt] })],
);

/**
 * Each VM's power state (and name) as the collector last saw it change, and when. Written only
 * when it changes: a delivery for 3,300 VMs whose power states all stay the same writes nothing here.
 */
export const vmPowerStates = pgTable("vm_power_states", {
  vmId: uuid("vm_id").primaryKey(),
  organizationId: uuid("organization_id").notNull(),
  /** The VM's name as the vms subgraph last sent it, so an alert e-mail can name the VM. */
  vmName: text("vm_name"),
  poweredOn: boolean("powered_on").notNull(),
  observedAt: timestamp("observed_at", { withTimezone: true }).notNull(),
});

/**
 * What the collector last saw of each VM: its power state and its newest stored sample. The newest
 * sample is read through the samples' primary key (one short backward index scan per VM) rather
 * than written on every delivery, which would double the cost of storing a cycle.
 */
export const vmCollectionState = pgView("vm_collection_state", {
  vmId: uuid("vm_id").notNull(),
  organizationId: uuid("organization_id").notNull(),
  poweredOn: boolean("powered_on").notNull(),
  observedAt: timestamp("observed_at", { withTimezone: true }).notNull(),
  newestSampleAt: timestamp("newest_sample_at", { withTimezone: true }),
}).as(
  sql`select state.vm_id, state.organization_id, state.powered_on, state.observed_at,
    (select max(sample.sampled_at) from vm_samples sample where sample.vm_id = state.vm_id) as newest_sample_at
    from vm_power_states state`,
);
