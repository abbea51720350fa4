import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organizations, users } from "./organization-tables";

/** A partner's credential for one organisation. Only a SHA-256 of the secret is kept. */
export const apiKeys = pgTable(
  "api_keys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    name: text("name").notNull(),
    /** The secret's first 12 characters, so people can tell their keys apart. */
    secretPrefix: text("secret_prefix").notNull(),
    secretHash: text("secret_hash").notNull(),
    readOnly: boolean("read_only").notNull(),
    createdByUserId: uuid("created_by_user_id")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (table) => [
    uniqueIndex("api_keys_secret_hash_unique").on(table.secretHash),
    index("api_keys_organization_id_idx").on(table.organizationId, table.createdAt),
  ],
);

export type ApiKeyRow = typeof apiKeys.$inferSelect;
