import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

export interface UsageDisk {
  diskId: string;
  tier: string;
  capacityGb: number;
}

export interface UsageLicence {
  sku: string;
  quantity: number;
}

/**
 * Each VM's billable state right after every change, as the vms service delivered it: a whole
 * snapshot, not a difference, so a resend or a late arrival never needs the ones around it. A VM's
 * state holds from one change's `occurred_at` until the next one's.
 */
export const vmUsageChanges = pgTable(
  "vm_usage_changes",
  {
    /** The sender's id for the change (`vms:<outbox id>`): a resend stores nothing twice. */
    changeId: text("change_id").primaryKey(),
    vmId: uuid("vm_id").notNull(),
    organizationId: uuid("organization_id").notNull(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    exists: boolean("vm_exists").notNull(),
    poweredOn: boolean("powered_on").notNull(),
    vcpuCount: integer("vcpu_count").notNull(),
    memoryMib: integer("memory_mib").notNull(),
    disks: jsonb("disks").$type<UsageDisk[]>().notNull(),
    licences: jsonb("licences").$type<UsageLicence[]>().notNull(),
    publicIpCount: integer("public_ip_count").notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    /**
     * Order of arrival: it breaks ties between changes in the same second (times are kept to the
     * second), and the sender delivers oldest first.
     */
    sequence: bigserial("sequence", { mode: "number" }).notNull(),
  },
  (table) => [
    index("vm_usage_changes_vm_occurred_idx").on(table.vmId, table.occurredAt),
    // An organisation's VMs and each one's newest change, for a ranking of its VMs.
    index("vm_usage_changes_organization_vm_idx").on(
      table.organizationId,
      table.vmId,
      table.occurredAt.desc(),
      table.sequence.desc(),
    ),
  ],
);

/**
 * Metering records: one VM's usage in one clock hour, in unit-seconds (vCPU-seconds, MiB-seconds,
 * GB-seconds…). Revision 0 is the hour as first metered; a change that arrives later for a metered
 * hour adds a revision holding only the difference, so a record is never rewritten and the sum of
 * an hour's revisions is its usage.
 */
export const vmUsageHours = pgTable(
  "vm_usage_hours",
  {
    vmId: uuid("vm_id").notNull(),
    organizationId: uuid("organization_id").notNull(),
    hour: timestamp("hour", { withTimezone: true }).notNull(),
    revision: integer("revision").notNull(),
    /** Seconds of the hour the VM existed, and of those, powered on. */
    existsSeconds: integer("exists_seconds").notNull(),
    poweredOnSeconds: integer("powered_on_seconds").notNull(),
    vcpuSeconds: bigint("vcpu_seconds", { mode: "bigint" }).notNull(),
    memoryMibSeconds: bigint("memory_mib_seconds", { mode: "bigint" }).notNull(),
    /** GB-seconds of disk by storage tier (catalog SKU `storage.<tier>`), on or off. */
    performanceGbSeconds: bigint("performance_gb_seconds", { mode: "bigint" }).notNull(),
    standardGbSeconds: bigint("standard_gb_seconds", { mode: "bigint" }).notNull(),
    archiveGbSeconds: bigint("archive_gb_seconds", { mode: "bigint" }).notNull(),
    publicIpSeconds: bigint("public_ip_seconds", { mode: "bigint" }).notNull(),
    /** The licences the VM carried (they change only when it is made); null for none. */
    licences: jsonb("licences").$type<UsageLicence[]>(),
    meteredAt: timestamp("metered_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // Led by what bills read (an organisation's hours); re-metering names the organisation too. A
  // single VM's month (its cost in a VM list) reads the second.
  (table) => [
    primaryKey({
      name: "vm_usage_hours_pkey",
      columns: [table.organizationId, table.hour, table.vmId, table.revision],
    }),
    index("vm_usage_hours_vm_hour_idx").on(table.vmId, table.hour),
    // Adjustments are rare: finding those of a closed month must not read the month.
    index("vm_usage_hours_adjustments_idx")
      .on(table.hour)
      .where(sql`revision > 0`),
  ],
);

/** How far metering has gone: every hour before `metered_until` is metered (one row). */
export const meteringProgress = pgTable("metering_progress", {
  id: integer("id").primaryKey(),
  meteredUntil: timestamp("metered_until", { withTimezone: true }).notNull(),
});

/** VMs whose metered hours a late change touched, from which hour: the next run adds adjustments. */
export const meteringRework = pgTable("metering_rework", {
  vmId: uuid("vm_id").primaryKey(),
  organizationId: uuid("organization_id").notNull(),
  fromHour: timestamp("from_hour", { withTimezone: true }).notNull(),
  /** When the newest late change marked it: a run removes only the mark it read. */
  markedAt: timestamp("marked_at", { withTimezone: true }).notNull(),
});

/**
 * The catalog's prices as they were in force, copied from its price schedule. Prices cannot be
 * back-dated there, so the copy of a past hour's price never changes.
 */
export const billingPrices = pgTable(
  "billing_prices",
  {
    sku: text("sku").notNull(),
    effectiveFrom: timestamp("effective_from", { withTimezone: true }).notNull(),
    name: text("name").notNull(),
    unit: text("unit").notNull(),
    /** Rand per unit excluding VAT. */
    unitPrice: numeric("unit_price", { precision: 18, scale: 6 }).notNull(),
  },
  (table) => [primaryKey({ name: "billing_prices_pkey", columns: [table.sku, table.effectiveFrom] })],
);

export const billingVatRates = pgTable("billing_vat_rates", {
  effectiveFrom: timestamp("effective_from", { withTimezone: true }).primaryKey(),
  /** A fraction, e.g. 0.1500. */
  rate: numeric("rate", { precision: 5, scale: 4 }).notNull(),
});

/**
 * What each organisation is charged per day (South African time), fixed before the wallet is
 * asked: a call that failed or was cut off is sent again with the same amount and key, so the
 * wallet, which dedupes on the key, charges once. A day's amount is the month's bill up to the end
 * of that day less what the month's earlier days charged, so a month's charges add up to its bill.
 */
export const usageCharges = pgTable(
  "usage_charges",
  {
    organizationId: uuid("organization_id").notNull(),
    /** The day, as "2026-11-26"; a settlement of a closed month: "2026-12-03 for 2026-11". */
    day: text("day").notNull(),
    /** The billing month whose bill the amount pays towards, as "2026-11". */
    month: text("month").notNull(),
    /** VAT included; negative gives back an over-charge (a late power-off). */
    amountCents: bigint("amount_cents", { mode: "bigint" }).notNull(),
    idempotencyKey: text("idempotency_key").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** When the wallet confirmed it; null while it is still to be sent. */
    postedAt: timestamp("posted_at", { withTimezone: true }),
  },
  (table) => [
    primaryKey({ name: "usage_charges_pkey", columns: [table.organizationId, table.day] }),
    index("usage_charges_month_idx").on(table.organizationId, table.month),
  ],
);

/** Every day (South African time) that ends before `fixed_until` has its charges fixed (one row). */
export const chargeProgress = pgTable("charge_progress", {
  id: integer("id").primaryKey(),
  fixedUntil: timestamp("fixed_until", { withTimezone: true }).notNull(),
});
