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
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique("wallets_organization_id_unique").on(table.organizationId),
    check("wallets_currency_zar", sql`${table.currency} = 'ZAR'`),
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

export type WalletRow = typeof wallets.$inferSelect;
export type WalletEntryRow = typeof walletEntries.$inferSelect;

export const walletTables = { wallets, walletEntries, entryKind };
