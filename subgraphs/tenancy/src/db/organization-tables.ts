import { sql } from "drizzle-orm";
import {
  check,
  index,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";

export const organizationKind = pgEnum("organization_kind", ["provider", "reseller", "customer"]);

export const organizations = pgTable(
  "organizations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    kind: organizationKind("kind").notNull(),
    parentId: uuid("parent_id").references((): AnyPgColumn => organizations.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** The address a tax invoice shows: 1–6 lines joined by "\n" (rules in billing-details.rules.ts). */
    billingAddress: text("billing_address"),
    /** A South African VAT number, digits only; null for an organisation that is not VAT-registered. */
    vatNumber: text("vat_number"),
  },
  (table) => [
    // Names are unique regardless of case: "Vodacom" and "vodacom" are one customer.
    uniqueIndex("organizations_name_unique").on(sql`lower(${table.name})`),
    index("organizations_parent_id_idx").on(table.parentId),
    check("organizations_parent_matches_kind", sql`(${table.kind} = 'provider') = (${table.parentId} is null)`),
    // The service's rules, held by the database too: digits only, and never an empty address.
    check("organizations_vat_number_format", sql`${table.vatNumber} ~ '^4[0-9]{9}$'`),
    check("organizations_billing_address_length", sql`char_length(${table.billingAddress}) between 1 and 400`),
  ],
);

export type OrganizationRow = typeof organizations.$inferSelect;

export const userRole = pgEnum("user_role", ["owner", "admin", "billing", "member", "read_only"]);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    email: text("email").notNull(),
    displayName: text("display_name").notNull(),
    role: userRole("role").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
  },
  (table) => [
    // One person, one organisation: an e-mail address belongs to one user on the whole platform.
    uniqueIndex("users_email_unique").on(table.email),
    index("users_organization_id_idx").on(table.organizationId),
    check("users_email_lower_case", sql`${table.email} = lower(${table.email})`),
  ],
);

export type UserRow = typeof users.$inferSelect;
