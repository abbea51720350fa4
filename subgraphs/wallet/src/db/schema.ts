import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

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
    /** Below this available balance (cents) a warning is e-mailed; null: no warning. */
    lowBalanceThresholdCents: bigint("low_balance_threshold_cents", { mode: "bigint" }),
    lowBalanceEmail: text("low_balance_email"),
    /** Set when the warning went out, cleared when the balance is back above: one e-mail per crossing. */
    lowBalanceWarned: boolean("low_balance_warned").notNull().default(false),
    /** Unpaid usage below the credit limit suspends the organisation's VMs after a grace period; provider staff may turn it off. */
    suspensionEnabled: boolean("suspension_enabled").notNull().default(true),
    /** Hours between the first e-mail about unpaid usage and powering the VMs off. */
    suspensionGraceHours: integer("suspension_grace_hours").notNull().default(72),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique("wallets_organization_id_unique").on(table.organizationId),
    check("wallets_low_balance_threshold_not_negative", sql`${table.lowBalanceThresholdCents} >= 0`),
    check("wallets_currency_zar", sql`${table.currency} = 'ZAR'`),
    check("wallets_credit_limit_not_negative", sql`${table.creditLimitCents} >= 0`),
    check("wallets_suspension_grace_hours_range", sql`${table.suspensionGraceHours} between 24 and 720`),
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

export const topUpStatus = pgEnum("wallet_top_up_status", [
  "initiating",
  "pending",
  "approved",
  "declined",
  "cancelled",
  "failed",
  "expired",
]);

/**
 * A card top-up through PayGate PayWeb3. Credited only when PayGate itself says approved (notify
 * callback or query), never on the browser's word; the ledger entry's key is the top-up's id.
 */
export const topUps = pgTable(
  "wallet_top_ups",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    walletId: uuid("wallet_id")
      .notNull()
      .references(() => wallets.id),
    /** Our REFERENCE at PayGate: unique, short enough for a statement. */
    reference: text("reference").notNull(),
    amountCents: bigint("amount_cents", { mode: "bigint" }).notNull(),
    currency: text("currency").notNull().default("ZAR"),
    /** The payer's address: PayGate needs it, and the receipt goes there. */
    email: text("email").notNull(),
    status: topUpStatus("status").notNull().default("initiating"),
    paygateId: text("paygate_id").notNull(),
    payRequestId: text("pay_request_id"),
    /** The caller (user or API key id) who started it. */
    requestedBy: text("requested_by").notNull(),
    idempotencyKey: text("idempotency_key").notNull(),
    requestFingerprint: text("request_fingerprint").notNull(),
    resultCode: text("result_code"),
    resultDescription: text("result_description"),
    paygateTransactionId: text("paygate_transaction_id"),
    entryId: uuid("entry_id").references(() => walletEntries.id),
    createdAt: timestamp("created_at", { withTimezone: true })
      .notNull()
      .default(sql`clock_timestamp()`),
    settledAt: timestamp("settled_at", { withTimezone: true }),
    lastQueriedAt: timestamp("last_queried_at", { withTimezone: true }),
    /** The payer asked PayGate to keep the card (PayWeb3 VAULT=1): an approval saves it. */
    saveCard: boolean("save_card").notNull().default(false),
  },
  (table) => [
    unique("wallet_top_ups_reference_unique").on(table.reference),
    unique("wallet_top_ups_pay_request_id_unique").on(table.payRequestId),
    unique("wallet_top_ups_wallet_id_idempotency_key_unique").on(table.walletId, table.idempotencyKey),
    index("wallet_top_ups_wallet_id_created_at_idx").on(table.walletId, table.createdAt),
    index("wallet_top_ups_status_idx").on(table.status),
    check("wallet_top_ups_amount_positive", sql`${table.amountCents} > 0`),
    check("wallet_top_ups_currency_zar", sql`${table.currency} = 'ZAR'`),
  ],
);

/** Every message PayGate sent us or we asked of it, with what we made of it: the audit trail. */
export const paygateEvents = pgTable(
  "wallet_paygate_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    topUpId: uuid("top_up_id").references(() => topUps.id),
    /** notify | query | return */
    source: text("source").notNull(),
    /** e.g. credited, duplicate, declined, rejected_checksum, rejected_amount, unknown_reference */
    outcome: text("outcome").notNull(),
    detail: text("detail").notNull(),
    /** The fields as received, CHECKSUM included. */
    fields: jsonb("fields").$type<Record<string, string>>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true })
      .notNull()
      .default(sql`clock_timestamp()`),
  },
  (table) => [index("wallet_paygate_events_top_up_id_idx").on(table.topUpId)],
);

/**
 * E-mails to send, written in the same transaction as the money movement that caused them
 * (transactional outbox): a receipt exists exactly when its credit does, even across a crash.
 */
export const notices = pgTable(
  "wallet_notices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    walletId: uuid("wallet_id")
      .notNull()
      .references(() => wallets.id),
    /** top_up_receipt | low_balance | payment_alert */
    kind: text("kind").notNull(),
    /** One notice per cause, e.g. `receipt:<top-up id>`. */
    dedupeKey: text("dedupe_key").notNull(),
    recipient: text("recipient").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (table) => [
    unique("wallet_notices_dedupe_key_unique").on(table.dedupeKey),
    index("wallet_notices_unsent_idx")
      .on(table.nextAttemptAt)
      .where(sql`${table.sentAt} is null`),
  ],
);

/**
 * One episode of unpaid usage: opened when `available` falls below −credit limit (only metered
 * usage can take it there), settled when it is back. The arrears job e-mails the owners at the
 * start and 24 h before the grace ends, then asks the vms subgraph to suspend the organisation;
 * after settling it asks vms to lift the suspension. Each step is stamped once it is done.
 */
export const walletArrears = pgTable(
  "wallet_arrears",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    walletId: uuid("wallet_id")
      .notNull()
      .references(() => wallets.id),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    graceEndsAt: timestamp("grace_ends_at", { withTimezone: true }).notNull(),
    startNoticeAt: timestamp("start_notice_at", { withTimezone: true }),
    finalNoticeAt: timestamp("final_notice_at", { withTimezone: true }),
    /** When the vms subgraph accepted the suspension. */
    suspendedAt: timestamp("suspended_at", { withTimezone: true }),
    /** Back at or above −credit limit, or the policy turned off: the episode is over. */
    settledAt: timestamp("settled_at", { withTimezone: true }),
    /** paid | policy_off */
    settledBy: text("settled_by"),
    /** When the vms subgraph accepted the lift (only after a suspension). */
    liftedAt: timestamp("lifted_at", { withTimezone: true }),
  },
  (table) => [
    uniqueIndex("wallet_arrears_one_open_per_wallet")
      .on(table.walletId)
      .where(sql`${table.settledAt} is null`),
    // The job's work list: open episodes, and settled ones whose suspension is not lifted yet.
    index("wallet_arrears_pending_idx")
      .on(table.startedAt)
      .where(sql`${table.settledAt} is null or (${table.suspendedAt} is not null and ${table.liftedAt} is null)`),
  ],
);

/**
 * A card PayGate keeps for the organisation (PayVault), saved from an approved top-up. Only
 * PayGate's token and what a person may see of the card are kept; the token never leaves the
 * wallet (the graph shows none of it) and is only ever sent back to PayGate.
 */
export const savedCards = pgTable(
  "wallet_saved_cards",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    walletId: uuid("wallet_id")
      .notNull()
      .references(() => wallets.id),
    /** PayGate's VAULT_ID: the token PayHost charges. */
    vaultId: text("vault_id").notNull(),
    /** PAY_METHOD_DETAIL, e.g. Visa. */
    brand: text("brand").notNull(),
    /** PAYVAULT_DATA_1 as PayGate masked it, e.g. 400000******0002. */
    maskedNumber: text("masked_number").notNull(),
    expiryMonth: integer("expiry_month").notNull(),
    expiryYear: integer("expiry_year").notNull(),
    /** The payer's e-mail address on the top-up that saved it. */
    savedBy: text("saved_by").notNull(),
    sourceTopUpId: uuid("source_top_up_id")
      .notNull()
      .references(() => topUps.id),
    createdAt: timestamp("created_at", { withTimezone: true })
      .notNull()
      .default(sql`clock_timestamp()`),
    removedAt: timestamp("removed_at", { withTimezone: true }),
  },
  (table) => [
    unique("wallet_saved_cards_source_top_up_unique").on(table.sourceTopUpId),
    index("wallet_saved_cards_wallet_id_idx").on(table.walletId),
    check("wallet_saved_cards_expiry_month", sql`${table.expiryMonth} between 1 and 12`),
  ],
);

/** "When available falls below R X, top up R Y from card Z": one rule per wallet. */
export const autoTopUpRules = pgTable(
  "wallet_auto_top_up_rules",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    walletId: uuid("wallet_id")
      .notNull()
      .references(() => wallets.id),
    cardId: uuid("card_id")
      .notNull()
      .references(() => savedCards.id),
    thresholdCents: bigint("threshold_cents", { mode: "bigint" }).notNull(),
    amountCents: bigint("amount_cents", { mode: "bigint" }).notNull(),
    minHoursBetween: integer("min_hours_between").notNull(),
    monthlyCapCents: bigint("monthly_cap_cents", { mode: "bigint" }).notNull(),
    enabled: boolean("enabled").notNull().default(true),
    /** Told of every attempt besides the billing users (the address of whoever set the rule). */
    email: text("email").notNull(),
    consecutiveFailures: integer("consecutive_failures").notNull().default(0),
    /** Why the wallet turned it off (three failures, the card removed); null while on or turned off by a person. */
    disabledReason: text("disabled_reason"),
    setBy: text("set_by").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique("wallet_auto_top_up_rules_wallet_unique").on(table.walletId),
    check("wallet_auto_top_up_rules_threshold", sql`${table.thresholdCents} >= 0`),
    check("wallet_auto_top_up_rules_amount", sql`${table.amountCents} > 0`),
    check("wallet_auto_top_up_rules_cap", sql`${table.monthlyCapCents} >= ${table.amountCents}`),
    check("wallet_auto_top_up_rules_hours", sql`${table.minHoursBetween} between 1 and 720`),
  ],
);

export const cardChargeStatus = pgEnum("wallet_card_charge_status", [
  "queued",
  "processing",
  "unknown",
  "approved",
  "declined",
  "failed",
]);

/**
 * A top-up charged to a saved card through PayHost, by a person (payWithSavedCard) or by the
 * automatic rule. Credited only on PayGate's word; the reference is new for every attempt and the
 * ledger entry's key is the charge's id, so a repeated confirmation credits once.
 */
export const cardCharges = pgTable(
  "wallet_card_charges",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    walletId: uuid("wallet_id")
      .notNull()
      .references(() => wallets.id),
    cardId: uuid("card_id")
      .notNull()
      .references(() => savedCards.id),
    /** Set when the automatic rule started it. */
    ruleId: uuid("rule_id").references(() => autoTopUpRules.id),
    reference: text("reference").notNull(),
    amountCents: bigint("amount_cents", { mode: "bigint" }).notNull(),
    currency: text("currency").notNull().default("ZAR"),
    status: cardChargeStatus("status").notNull().default("queued"),
    requestedBy: text("requested_by").notNull(),
    /** Where the receipt goes (a person's charge); automatic ones go to the rule's address and the billing users. */
    email: text("email"),
    idempotencyKey: text("idempotency_key").notNull(),
    requestFingerprint: text("request_fingerprint").notNull(),
    resultCode: text("result_code"),
    resultDescription: text("result_description"),
    paygateTransactionId: text("paygate_transaction_id"),
    entryId: uuid("entry_id").references(() => walletEntries.id),
    createdAt: timestamp("created_at", { withTimezone: true })
      .notNull()
      .default(sql`clock_timestamp()`),
    settledAt: timestamp("settled_at", { withTimezone: true }),
    lastAskedAt: timestamp("last_asked_at", { withTimezone: true }),
  },
  (table) => [
    unique("wallet_card_charges_reference_unique").on(table.reference),
    unique("wallet_card_charges_wallet_id_idempotency_key_unique").on(table.walletId, table.idempotencyKey),
    index("wallet_card_charges_wallet_id_created_at_idx").on(table.walletId, table.createdAt),
    index("wallet_card_charges_status_idx").on(table.status),
    // Concurrent low-balance triggers: at most one automatic charge of a rule is ever open.
    uniqueIndex("wallet_card_charges_one_open_per_rule")
      .on(table.ruleId)
      .where(sql`${table.ruleId} is not null and ${table.status} in ('queued', 'processing', 'unknown')`),
    check("wallet_card_charges_amount_positive", sql`${table.amountCents} > 0`),
  ],
);

export type SavedCardRow = typeof savedCards.$inferSelect;
export type AutoTopUpRuleRow = typeof autoTopUpRules.$inferSelect;
export type CardChargeRow = typeof cardCharges.$inferSelect;

export type WalletArrearsRow = typeof walletArrears.$inferSelect;

export type TopUpRow = typeof topUps.$inferSelect;
export type NoticeRow = typeof notices.$inferSelect;

export type WalletRow = typeof wallets.$inferSelect;
export type WalletEntryRow = typeof walletEntries.$inferSelect;

export type WalletHoldRow = typeof walletHolds.$inferSelect;

export const walletTables = {
  wallets,
  walletEntries,
  entryKind,
  walletHolds,
  holdStatus,
  topUps,
  topUpStatus,
  paygateEvents,
  notices,
  walletArrears,
  savedCards,
  autoTopUpRules,
  cardChargeStatus,
  cardCharges,
};
