import { sql } from "drizzle-orm";
import { check, integer, numeric, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

export const productCategory = pgEnum("product_category", [
  "compute",
  "storage",
  "network",
  "licence",
  "backup",
  "support",
]);

/** The quantity a product's price is per: one vCPU for an hour, one GB for a month, … */
export const productUnit = pgEnum("product_unit", [
  "vcpu_hour",
  "gb_ram_hour",
  "gb_month",
  "ip_month",
  "gb_transfer",
  "instance_month",
  "month",
  "core_pack_hour",
]);

export const products = pgTable(
  "products",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sku: text("sku").notNull(),
    name: text("name").notNull(),
    description: text("description"),
    category: productCategory("category").notNull(),
    unit: productUnit("unit").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex("products_sku_unique").on(table.sku)],
);

/**
 * A product's price history. Rows are only ever added: the price in force at time T is the row
 * with the latest `effective_from` <= T, so a new price never changes what was charged before it.
 */
export const productPrices = pgTable(
  "product_prices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    productId: uuid("product_id")
      .notNull()
      .references(() => products.id),
    /** Rand excluding VAT, to the micro-rand: per-hour prices need more than cents. */
    unitPrice: numeric("unit_price", { precision: 18, scale: 6 }).notNull(),
    currency: text("currency").notNull().default("ZAR"),
    effectiveFrom: timestamp("effective_from", { withTimezone: true }).notNull(),
  },
  (table) => [
    // Also serves "latest price per product" lookups (product_id, effective_from desc).
    uniqueIndex("product_prices_product_effective_unique").on(table.productId, table.effectiveFrom),
    check("product_prices_unit_price_not_negative", sql`${table.unitPrice} >= 0`),
  ],
);

/**
 * VAT rates with the moment each takes effect. Rows are only ever added: the rate in force at
 * time T is the row with the latest `effective_from` <= T.
 */
export const vatRates = pgTable(
  "vat_rates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** A fraction, e.g. 0.1500 for 15 %. */
    rate: numeric("rate", { precision: 5, scale: 4 }).notNull(),
    effectiveFrom: timestamp("effective_from", { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex("vat_rates_effective_from_unique").on(table.effectiveFrom),
    check("vat_rates_rate_range", sql`${table.rate} >= 0 and ${table.rate} < 1`),
  ],
);

/**
 * Named VM sizes ("general.small"): a specification only, never a price. A size is priced from
 * the products' prices in force at the moment asked, so a price change reaches every size at
 * once and never alters what was priced before. Retired sizes stay (their names are not reused)
 * but are no longer offered or estimated.
 */
export const vmSizes = pgTable(
  "vm_sizes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    description: text("description").notNull(),
    vcpuCount: integer("vcpu_count").notNull(),
    memoryGb: integer("memory_gb").notNull(),
    /** A storage tier: performance, standard or archive (the `storage.<tier>` products). */
    bootDiskTier: text("boot_disk_tier").notNull(),
    bootDiskGb: integer("boot_disk_gb").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    retiredAt: timestamp("retired_at", { withTimezone: true }),
  },
  (table) => [
    uniqueIndex("vm_sizes_name_unique").on(table.name),
    check("vm_sizes_vcpu_count_range", sql`${table.vcpuCount} between 1 and 128`),
    check("vm_sizes_memory_gb_range", sql`${table.memoryGb} between 1 and 4096`),
    check("vm_sizes_boot_disk_tier", sql`${table.bootDiskTier} in ('performance', 'standard', 'archive')`),
    check("vm_sizes_boot_disk_gb_range", sql`${table.bootDiskGb} between 1 and 65536`),
  ],
);

export type ProductRow = typeof products.$inferSelect;
export type VmSizeRow = typeof vmSizes.$inferSelect;
export type ProductPriceRow = typeof productPrices.$inferSelect;

export const catalogTables = { products, productPrices, productCategory, productUnit, vatRates, vmSizes };
