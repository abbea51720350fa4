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
  },
  (table) => [
    // Names are unique regardless of case: "Vodacom" and "vodacom" are one customer.
    uniqueIndex("organizations_name_unique").on(sql`lower(${table.name})`),
    index("organizations_parent_id_idx").on(table.parentId),
    check("organizations_parent_matches_kind", sql`(${table.kind} = 'provider') = (${table.parentId} is null)`),
  ],
);

export type OrganizationRow = typeof organizations.$inferSelect;

export const tenancyTables = { organizations, organizationKind };
