import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** One row per code sent; only an HMAC of the code is kept. */
export const signInCodes = pgTable(
  "sign_in_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    codeHash: text("code_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    consumedAt: timestamp("consumed_at", { withTimezone: true }),
    failedAttempts: integer("failed_attempts").notNull().default(0),
    clientAddress: text("client_address").notNull(),
  },
  (table) => [
    index("sign_in_codes_email_created_at_idx").on(table.email, table.createdAt),
    check("sign_in_codes_failed_attempts_not_negative", sql`${table.failedAttempts} >= 0`),
  ],
);

export type SignInCodeRow = typeof signInCodes.$inferSelect;

export const signInEventKind = pgEnum("sign_in_event_kind", ["code_requested", "code_rejected"]);

/**
 * Every code request and every rejected code, for known and unknown e-mail addresses alike:
 * the client and global limits count these rows (never per e-mail address, so that nobody can
 * use up an address's allowance), and they cannot tell an attacker which addresses exist.
 */
export const signInEvents = pgTable(
  "sign_in_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: signInEventKind("kind").notNull(),
    email: text("email").notNull(),
    clientAddress: text("client_address").notNull(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    index("sign_in_events_email_idx").on(table.email, table.kind, table.occurredAt),
    index("sign_in_events_client_address_idx").on(table.clientAddress, table.kind, table.occurredAt),
    // The global throttle counts one kind across every client over the last minute.
    index("sign_in_events_kind_occurred_at_idx").on(table.kind, table.occurredAt),
  ],
);
