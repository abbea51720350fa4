import { sql } from "drizzle-orm";
import { bigint, bigserial, index, jsonb, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";

/** A VM's billable state right after a change: what telemetry-billing meters from. */
export interface UsageSnapshot {
  /** True while the lifecycle is `ready` or `deleting`: a VM being created or deleted is billed for nothing. */
  exists: boolean;
  /** Powered on; suspended counts as off. */
  poweredOn: boolean;
  vcpuCount: number;
  memoryMib: number;
  /** By position. `tier` as stored: `performance`, `standard` or `archive`. */
  disks: { diskId: string; tier: string; capacityGb: number }[];
  /** From the VM's create operation; none for a VM made outside the platform. */
  licences: { sku: string; quantity: number }[];
  /** Public IPs are not modelled yet: always 0, kept so the contract does not change later. */
  publicIpCount: number;
}

/**
 * The outbox of billable changes (transactional outbox): written by database triggers in the
 * transaction of every change to a VM's power, size, lifecycle, organisation or disks (see the
 * migration `0004_usage_changes`), and delivered to telemetry-billing by the usage relay, at
 * least once. No foreign key: the log outlives whatever happens to the rows it describes.
 */
export const vmUsageChanges = pgTable(
  "vm_usage_changes",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    vmId: uuid("vm_id").notNull(),
    organizationId: uuid("organization_id").notNull(),
    occurredAt: timestamp("occurred_at", { withTimezone: true })
      .notNull()
      .default(sql`clock_timestamp()`),
    snapshot: jsonb("snapshot").$type<UsageSnapshot>().notNull(),
    /** The transaction that wrote it: a VM changed several times in one transaction gets one snapshot. */
    transactionId: bigint("transaction_id", { mode: "number" })
      .notNull()
      .default(sql`txid_current()`),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
  },
  (table) => [
    // The relay's queue, oldest first: stays as small as what is waiting.
    index("vm_usage_changes_undelivered")
      .on(table.id)
      .where(sql`${table.deliveredAt} is null`),
    // A VM's latest snapshot, which the trigger compares a new one with.
    index("vm_usage_changes_vm_id_id").on(table.vmId, table.id),
  ],
);

export type VmUsageChangeRow = typeof vmUsageChanges.$inferSelect;
