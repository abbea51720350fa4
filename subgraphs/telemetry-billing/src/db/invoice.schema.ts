import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  check,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

/** One invoice prefix per issuer, chosen when it first issues and kept (numbers never change). */
export const invoiceIssuers = pgTable("invoice_issuers", {
  issuerId: uuid("issuer_id").primaryKey(),
  /** e.g. "DCX" for the provider, "CLOUDT" for a reseller: unique, so numbers are unique everywhere. */
  prefix: text("prefix").notNull().unique(),
});

/**
 * The last number each issuer gave in a year. Locked (`for update`) in the transaction that
 * issues the invoice, so numbers follow one another without a gap: a transaction that fails
 * gives its number back with its rollback.
 */
export const invoiceCounters = pgTable(
  "invoice_counters",
  {
    issuerId: uuid("issuer_id").notNull(),
    year: integer("year").notNull(),
    lastNumber: integer("last_number").notNull(),
  },
  (table) => [primaryKey({ name: "invoice_counters_pkey", columns: [table.issuerId, table.year] })],
);

export interface StoredVatByRate {
  /** "0.1500" */
  rate: string;
  taxableCents: string;
  vatCents: string;
}

/**
 * Closed monthly bills: tax invoices, immutable once written. The parties' details are copies
 * taken when the invoice was issued, so a later change of address never changes an invoice.
 */
export const invoices = pgTable(
  "invoices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** e.g. "DCX-2026-000123". */
    number: text("number").notNull(),
    month: text("month").notNull(),
    periodStart: timestamp("period_start", { withTimezone: true }).notNull(),
    periodEnd: timestamp("period_end", { withTimezone: true }).notNull(),
    issuedAt: timestamp("issued_at", { withTimezone: true }).notNull(),
    issuerId: uuid("issuer_id").notNull(),
    /** "provider" or "reseller". */
    issuerKind: text("issuer_kind").notNull(),
    issuerName: text("issuer_name").notNull(),
    issuerAddress: text("issuer_address"),
    issuerVatNumber: text("issuer_vat_number"),
    recipientId: uuid("recipient_id").notNull(),
    /** "customer" or "reseller". */
    recipientKind: text("recipient_kind").notNull(),
    recipientName: text("recipient_name").notNull(),
    recipientAddress: text("recipient_address"),
    recipientVatNumber: text("recipient_vat_number"),
    subtotalCents: bigint("subtotal_cents", { mode: "bigint" }).notNull(),
    vatCents: bigint("vat_cents", { mode: "bigint" }).notNull(),
    totalCents: bigint("total_cents", { mode: "bigint" }).notNull(),
    vatByRate: jsonb("vat_by_rate").$type<StoredVatByRate[]>().notNull(),
  },
  (table) => [
    uniqueIndex("invoices_issuer_number_unique").on(table.issuerId, table.number),
    // One invoice per organisation and month: what makes closing idempotent.
    uniqueIndex("invoices_recipient_month_unique").on(table.recipientId, table.month),
    // `Organization.bills`, newest first.
    index("invoices_recipient_issued_idx").on(table.recipientId, table.issuedAt, table.id),
    index("invoices_issuer_month_idx").on(table.issuerId, table.month),
    check("invoices_issuer_kind_known", sql`${table.issuerKind} in ('provider', 'reseller')`),
    check("invoices_recipient_kind_known", sql`${table.recipientKind} in ('customer', 'reseller')`),
  ],
);

/**
 * An invoice's lines, in the order shown: usage (one VM's use of one product at one price),
 * adjustments (late usage of an earlier, closed month) and services resold to a reseller's customer.
 */
export const invoiceLines = pgTable(
  "invoice_lines",
  {
    invoiceId: uuid("invoice_id")
      .notNull()
      .references(() => invoices.id),
    position: integer("position").notNull(),
    /** "usage", "adjustment" or "resold". */
    kind: text("kind").notNull(),
    /** The month whose usage the line bills ("2026-10"); an adjustment's is an earlier month. */
    usageMonth: text("usage_month").notNull(),
    /** Lines are shown grouped under this heading (the VM, or the services resold). */
    groupLabel: text("group_label").notNull(),
    vmId: uuid("vm_id"),
    customerId: uuid("customer_id"),
    sku: text("sku"),
    description: text("description").notNull(),
    unit: text("unit").notNull(),
    quantityScaled4: bigint("quantity_scaled4", { mode: "bigint" }).notNull(),
    unitPriceMicros: bigint("unit_price_micros", { mode: "bigint" }).notNull(),
    /** Basis points of a fraction at scale 4: 1500 is 15 %. */
    vatRate: integer("vat_rate").notNull(),
    amountCents: bigint("amount_cents", { mode: "bigint" }).notNull(),
  },
  (table) => [
    primaryKey({ name: "invoice_lines_pkey", columns: [table.invoiceId, table.position] }),
    check("invoice_lines_kind_known", sql`${table.kind} in ('usage', 'adjustment', 'resold')`),
  ],
);

/**
 * Each month that was closed: `started_at` bounds where late usage is looked for, `finished_at`
 * is set once every invoice of the month is issued (a close cut short resumes from the rest).
 */
export const billingCloses = pgTable("billing_closes", {
  month: text("month").primaryKey(),
  startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp("finished_at", { withTimezone: true }),
  invoiceCount: integer("invoice_count"),
});

/** Each reseller's commission percentage from a billing month on; every setting is kept. */
export const resellerCommissions = pgTable(
  "reseller_commissions",
  {
    /** Order of setting: the newest setting for a month is the one that applies. */
    id: bigserial("id", { mode: "number" }).primaryKey(),
    resellerId: uuid("reseller_id").notNull(),
    /** The first billing month it applies to, "2026-10". */
    fromMonth: text("from_month").notNull(),
    percent: numeric("percent", { precision: 5, scale: 2 }).notNull(),
    setAt: timestamp("set_at", { withTimezone: true }).notNull(),
    /** The provider staff member who set it. */
    setBy: text("set_by").notNull(),
  },
  (table) => [
    index("reseller_commissions_reseller_month_idx").on(table.resellerId, table.fromMonth),
    check("reseller_commissions_percent_range", sql`${table.percent} between 0 and 100`),
  ],
);

/** A reseller's commission for a month, written with the provider's invoice to the reseller. */
export const commissionStatements = pgTable(
  "commission_statements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    resellerId: uuid("reseller_id").notNull(),
    month: text("month").notNull(),
    /** The provider's invoice to the reseller that charges the amounts due. */
    invoiceId: uuid("invoice_id")
      .notNull()
      .references(() => invoices.id),
    percent: numeric("percent", { precision: 5, scale: 2 }).notNull(),
    billedCents: bigint("billed_cents", { mode: "bigint" }).notNull(),
    marginCents: bigint("margin_cents", { mode: "bigint" }).notNull(),
    dueCents: bigint("due_cents", { mode: "bigint" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex("commission_statements_reseller_month_unique").on(table.resellerId, table.month),
    index("commission_statements_reseller_created_idx").on(table.resellerId, table.createdAt, table.id),
  ],
);

/** One customer's part of a statement: what the reseller invoiced it (excl. VAT), kept and due. */
export const commissionLines = pgTable(
  "commission_lines",
  {
    statementId: uuid("statement_id")
      .notNull()
      .references(() => commissionStatements.id),
    customerId: uuid("customer_id").notNull(),
    customerName: text("customer_name").notNull(),
    /** The reseller's invoice to the customer. */
    invoiceId: uuid("invoice_id").notNull(),
    invoiceNumber: text("invoice_number").notNull(),
    billedCents: bigint("billed_cents", { mode: "bigint" }).notNull(),
    marginCents: bigint("margin_cents", { mode: "bigint" }).notNull(),
    dueCents: bigint("due_cents", { mode: "bigint" }).notNull(),
  },
  (table) => [primaryKey({ name: "commission_lines_pkey", columns: [table.statementId, table.customerId] })],
);
