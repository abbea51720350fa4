import { sql } from "drizzle-orm";
import { bigint, check, index, pgEnum, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";

export const entryKind = pgEnum("wallet_entry_kind", ["top_up", "credit_grant", "charge", "refund", "adjustment"]);

/** One prepaid wallet per organisation. The balance is never stored: it is the sum of the ledger. */
export const wallets = pgTable(
  "wallets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id").notNull(),
    currency: text("currency").notNull().default("ZAR"),
    /** How far below zero the provider lets the available balance go, in cents (0: not at all). */
    creditLimitCents: bigint("credit_limit_cents", { mode: "bigint" })
      .notNull()
      .default(sql`0`),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique("wallets_organization_id_unique").on(table.organizationId),
    check("wallets_currency_zar", sql`${table.currency} = 'ZAR'`),
    check("wallets_credit_limit_not_negative", sql`${table.creditLimitCents} >= 0`),
  ],
);

/** The append-only ledger: rows are inserted, never updated or deleted. */
export const walletEntries = pgTable(
  "wallet_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    walletId: uuid("wallet_id")
      .notNull()
      .references(() => wallets.id),
    amountCents: bigint("amount_cents", { mode: "bigint" }).notNull(),
    kind: entryKind("kind").notNull(),
    description: text("description").notNull(),
    idempotencyKey: text("idempotency_key").notNull(),
    /** Hash of what the request asked for, so a reused key with a different request is detected. */
    requestFingerprint: text("request_fingerprint").notNull(),
    // The insert moment, not the transaction start (now()): writers wait for the wallet lock, and
    // the ledger store also keeps each wallet's entries strictly increasing (see insertEntry).
    createdAt: timestamp("created_at", { withTimezone: true })
      .notNull()
      .default(sql`clock_timestamp()`),
  },
  (table) => [
    unique("wallet_entries_wallet_id_idempotency_key_unique").on(table.walletId, table.idempotencyKey),
    index("wallet_entries_wallet_id_created_at_idx").on(table.walletId, table.createdAt),
    // The service checks the same rule; the database refuses a wrong sign from any other path.
    check(
      "wallet_entries_sign_matches_kind",
      sql`case ${table.kind} when 'charge' then ${table.amountCents} < 0 when 'adjustment' then ${table.amountCents} <> 0 else ${table.amountCents} > 0 end`,
    ),
  ],
);

export const holdStatus = pgEnum("wallet_hold_status", ["active", "captured", "released", "expired"]);

/** A reservation against the available balance, later captured (as a charge) or released. */
export const walletHolds = pgTable(
  "wallet_holds",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    walletId: uuid("wallet_id")
      .notNull()
      .references(() => wallets.id),
    amountCents: bigint("amount_cents", { mode: "bigint" }).notNull(),
    capturedCents: bigint("captured_cents", { mode: "bigint" })
      .notNull()
      .default(sql`0`),
    status: holdStatus("status").notNull().default("active"),
    reason: text("reason").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    idempotencyKey: text("idempotency_key").notNull(),
    requestFingerprint: text("request_fingerprint").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true })
      .notNull()
      .default(sql`clock_timestamp()`),
    settledAt: timestamp("settled_at", { withTimezone: true }),
  },
  (table) => [
    unique("wallet_holds_wallet_id_idempotency_key_unique").on(table.walletId, table.idempotencyKey),
    index("wallet_holds_wallet_id_status_idx").on(table.walletId, table.status),
    check("wallet_holds_amount_positive", sql`${table.amountCents} > 0`),
    check(
      "wallet_holds_captured_within_amount",
      sql`${table.capturedCents} >= 0 and ${table.capturedCents} <= ${table.amountCents}`,
    ),
  ],
);

export type WalletRow = typeof wallets.$inferSelect;
export type WalletEntryRow = typeof walletEntries.$inferSelect;

export type WalletHoldRow = typeof walletHolds.$inferSelect;

export const walletTables = { wallets, walletEntries, entryKind, walletHolds, holdStatus };
