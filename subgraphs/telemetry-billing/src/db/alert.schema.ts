import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

/**
 * An organisation's alert rules: its copies of the default rules (`default_key` set, made on first
 * need, changeable and disableable but never deleted) and the custom rules its owners and admins
 * add. The threshold is in the unit the graph answers in (%, ms, KB/s…), exact.
 */
export const alertRules = pgTable(
  "alert_rules",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id").notNull(),
    /** Which default rule this is (`cpu`, `memory`, `guestDisk`, `diskLatency`, `noSamples`); null for a custom rule. */
    defaultKey: text("default_key"),
    name: text("name").notNull(),
    /** A metric field of the catalogue (`cpu`, `diskLatency`…), `guestDiskUsed` or `noSamples`. */
    metric: text("metric").notNull(),
    operator: text("operator").notNull(),
    /** Null only for `noSamples`, whose condition is the duration alone. */
    threshold: numeric("threshold", { precision: 14, scale: 2 }),
    durationMinutes: integer("duration_minutes").notNull(),
    severity: text("severity").notNull(),
    enabled: boolean("enabled").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // Materialising the defaults twice at once (two evaluations, a read and a write) makes one set.
    uniqueIndex("alert_rules_organization_default_key_unique").on(table.organizationId, table.defaultKey),
    check("alert_rules_operator_known", sql`${table.operator} in ('>', '>=', '<', '<=')`),
    check("alert_rules_severity_known", sql`${table.severity} in ('warning', 'critical')`),
    check("alert_rules_duration_range", sql`${table.durationMinutes} between 0 and 1440`),
    check("alert_rules_threshold_given", sql`${table.metric} = 'noSamples' or ${table.threshold} is not null`),
  ],
);

/**
 * Where the evaluation of one rule for one VM stands: the newest sample it has judged and the
 * first sample of the current breaching run (for `noSamples`: since when a VM that never sent a
 * sample has been silent). Evaluation is incremental from here.
 */
export const alertStates = pgTable(
  "alert_states",
  {
    ruleId: uuid("rule_id")
      .notNull()
      .references(() => alertRules.id, { onDelete: "cascade" }),
    vmId: uuid("vm_id").notNull(),
    organizationId: uuid("organization_id").notNull(),
    lastSampleAt: timestamp("last_sample_at", { withTimezone: true }),
    runStartedAt: timestamp("run_started_at", { withTimezone: true }),
  },
  (table) => [primaryKey({ name: "alert_states_pkey", columns: [table.ruleId, table.vmId] })],
);

/**
 * One row per firing of a rule on a VM, from the moment its condition had held for the duration
 * until it resolved. The rule's condition is copied in, so an alert still says what fired after
 * the rule changed or was deleted. The e-mail state lives on the row: a fired or resolved alert
 * whose notice is not yet sent is due, and the same transaction that changes the alert makes it so.
 */
export const alerts = pgTable(
  "alerts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id").notNull(),
    vmId: uuid("vm_id").notNull(),
    ruleId: uuid("rule_id").references(() => alertRules.id, { onDelete: "set null" }),
    ruleName: text("rule_name").notNull(),
    metric: text("metric").notNull(),
    operator: text("operator").notNull(),
    threshold: numeric("threshold", { precision: 14, scale: 2 }),
    durationMinutes: integer("duration_minutes").notNull(),
    severity: text("severity").notNull(),
    /** The first breaching sample of the run (for `noSamples`: the newest sample, or when silence was first seen). */
    conditionSince: timestamp("condition_since", { withTimezone: true }).notNull(),
    firedAt: timestamp("fired_at", { withTimezone: true }).notNull(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    /** `condition_cleared`, `vm_powered_off`, `rule_changed`, `rule_disabled`, `rule_deleted`. */
    resolution: text("resolution"),
    firedValue: numeric("fired_value", { precision: 16, scale: 2 }),
    /** The worst value while firing: the highest for `>`/`≥`, the lowest for `<`/`≤`. */
    peakValue: numeric("peak_value", { precision: 16, scale: 2 }),
    acknowledgedAt: timestamp("acknowledged_at", { withTimezone: true }),
    acknowledgedByKind: text("acknowledged_by_kind"),
    acknowledgedById: text("acknowledged_by_id"),
    firedNotifiedAt: timestamp("fired_notified_at", { withTimezone: true }),
    resolvedNotifiedAt: timestamp("resolved_notified_at", { withTimezone: true }),
    noticeAttempts: integer("notice_attempts").notNull().default(0),
    noticeDueAt: timestamp("notice_due_at", { withTimezone: true }).notNull().defaultNow(),
    noticeError: text("notice_error"),
  },
  (table) => [
    // At most one open alert per rule and VM: a second evaluation can never fire it again.
    uniqueIndex("alerts_open_rule_vm_unique")
      .on(table.ruleId, table.vmId)
      .where(sql`${table.resolvedAt} is null`),
    index("alerts_vm_condition_since_idx").on(table.vmId, table.conditionSince),
    index("alerts_organization_open_idx")
      .on(table.organizationId, table.firedAt)
      .where(sql`${table.resolvedAt} is null`),
    // The Alerts page's history: an organisation's resolved alerts, the latest first.
    index("alerts_organization_resolved_idx")
      .on(table.organizationId, table.resolvedAt, table.id)
      .where(sql`${table.resolvedAt} is not null`),
    index("alerts_vm_open_idx")
      .on(table.vmId)
      .where(sql`${table.resolvedAt} is null`),
    index("alerts_notice_due_idx")
      .on(table.noticeDueAt)
      .where(
        sql`${table.firedNotifiedAt} is null or (${table.resolvedAt} is not null and ${table.resolvedNotifiedAt} is null)`,
      ),
    check("alerts_resolution_with_resolved_at", sql`(${table.resolvedAt} is null) = (${table.resolution} is null)`),
  ],
);

export type AlertRuleRow = typeof alertRules.$inferSelect;
export type AlertRow = typeof alerts.$inferSelect;
