import { seesNothing, type Visibility, visibleIn } from "@dcx/kit";
import { and, eq, isNull, sql } from "drizzle-orm";
import { alertRules, type AlertRuleRow, alerts, alertStates } from "../db/schema";
import type { TelemetryDb } from "../db/telemetry-db";
import { arrayParam } from "../sql/sql-arrays";
import { alertMetric } from "./alert-metric";
import type { AlertOperator, AlertRule, AlertSeverity } from "./alert-rule.type";
import { DEFAULT_RULES, type DefaultRule } from "./default-rules";

/** Why an alert stopped; stored as the lower-case name. */
export type AlertResolutionValue =
  "condition_cleared" | "vm_powered_off" | "rule_changed" | "rule_disabled" | "rule_deleted";

const column = (pick: (rule: DefaultRule) => string | number | null, type: string) =>
  arrayParam(DEFAULT_RULES.map(pick), type);

const DEFAULT_KEYS = () => column((r) => r.key, "text");
const DEFAULT_ROWS = () =>
  sql`unnest(${sql.join(
    [
      column((r) => r.key, "text"),
      column((r) => r.name, "text"),
      column((r) => r.metric, "text"),
      column((r) => r.operator, "text"),
      column((r) => r.threshold, "numeric"),
      column((r) => r.durationMinutes, "int"),
      column((r) => r.severity, "text"),
    ],
    sql`, `,
  )}) as d(key, name, metric, operator, threshold, duration_minutes, severity)`;

const INSERT_DEFAULTS = sql`insert into alert_rules
  (organization_id, default_key, name, metric, operator, threshold, duration_minutes, severity)`;
const PICK_DEFAULTS = sql`d.key, d.name, d.metric, d.operator, d.threshold, d.duration_minutes, d.severity`;

/**
 * Gives each organisation its copy of the default rules it does not have yet, in one statement.
 * Idempotent and safe to race: the unique (organization_id, default_key) keeps one copy.
 */
export async function ensureDefaultRules(db: TelemetryDb, organizationIds: readonly string[]): Promise<void> {
  if (organizationIds.length === 0) return;
  await db.execute(sql`${INSERT_DEFAULTS}
    select o.id, ${PICK_DEFAULTS} from unnest(${arrayParam(organizationIds, "uuid")}) as o(id) cross join ${DEFAULT_ROWS()}
    on conflict (organization_id, default_key) do nothing`);
}

/** The same for every organisation the collector has seen a VM of and that lacks a default rule. */
export async function ensureDefaultRulesForCollectedOrganizations(db: TelemetryDb): Promise<void> {
  await db.execute(sql`${INSERT_DEFAULTS}
    select o.id, ${PICK_DEFAULTS}
    from (
      select c.organization_id as id from (select distinct organization_id from vm_collection_state) c
      where (select count(*) from alert_rules r
        where r.organization_id = c.organization_id and r.default_key = any(${DEFAULT_KEYS()})) < ${DEFAULT_RULES.length}
    ) o cross join ${DEFAULT_ROWS()}
    on conflict (organization_id, default_key) do nothing`);
}

const DEFAULT_ORDER = sql.raw(`array[${DEFAULT_RULES.map((r) => `'${r.key}'`).join(", ")}]`);

/** The rules of these organisations the caller may see: the defaults in their fixed order, then the custom ones by age. */
export async function findRulesOfOrganizations(
  db: TelemetryDb,
  organizationIds: readonly string[],
  visible: Visibility,
): Promise<AlertRuleRow[]> {
  if (organizationIds.length === 0 || seesNothing(visible)) return [];
  return db
    .select()
    .from(alertRules)
    .where(
      and(
        sql`${alertRules.organizationId} = any(${arrayParam(organizationIds, "uuid")})`,
        visibleIn(alertRules.organizationId, visible),
      ),
    )
    .orderBy(
      sql`${alertRules.defaultKey} is null`,
      sql`array_position(${DEFAULT_ORDER}, ${alertRules.defaultKey})`,
      alertRules.createdAt,
      alertRules.id,
    );
}

/** Rules by id, those the caller may see, in one query. */
export async function findRulesByIds(
  db: TelemetryDb,
  ids: readonly string[],
  visible: Visibility,
): Promise<AlertRuleRow[]> {
  if (ids.length === 0 || seesNothing(visible)) return [];
  return db
    .select()
    .from(alertRules)
    .where(and(sql`${alertRules.id} = any(${arrayParam(ids, "uuid")})`, visibleIn(alertRules.organizationId, visible)));
}

/** One rule, if the caller may see it; `forUpdate` locks its row for a change. */
export async function findRule(
  db: TelemetryDb,
  id: string,
  visible: Visibility,
  forUpdate = false,
): Promise<AlertRuleRow | null> {
  if (seesNothing(visible)) return null;
  const query = db
    .select()
    .from(alertRules)
    .where(and(eq(alertRules.id, id), visibleIn(alertRules.organizationId, visible)));
  const [row] = await (forUpdate ? query.for("update") : query);
  return row ?? null;
}

export type NewRule = Pick<
  AlertRuleRow,
  "organizationId" | "name" | "metric" | "operator" | "threshold" | "durationMinutes" | "severity" | "enabled"
>;

export async function insertRule(db: TelemetryDb, rule: NewRule, now: Date): Promise<AlertRuleRow> {
  const [row] = await db
    .insert(alertRules)
    .values({ ...rule, createdAt: now, updatedAt: now })
    .returning();
  return row!;
}

export type RuleChanges = Partial<
  Pick<AlertRuleRow, "name" | "operator" | "threshold" | "durationMinutes" | "severity" | "enabled">
>;

export async function updateRule(db: TelemetryDb, id: string, changes: RuleChanges, now: Date): Promise<AlertRuleRow> {
  const [row] = await db
    .update(alertRules)
    .set({ ...changes, updatedAt: now })
    .where(eq(alertRules.id, id))
    .returning();
  return row!;
}

/** Deletes a rule; its evaluation states go with it and its alerts keep their copy of it. */
export async function deleteRule(db: TelemetryDb, id: string): Promise<void> {
  await db.delete(alertRules).where(eq(alertRules.id, id));
}

/**
 * Resolves the rule's open alerts now, each then due for its "resolved" e-mail, and forgets where
 * its evaluation stood, so the next evaluation judges the rule afresh. Returns how many resolved.
 */
export async function closeRuleAlerts(
  db: TelemetryDb,
  ruleId: string,
  resolution: AlertResolutionValue,
  now: Date,
): Promise<number> {
  const resolved = await db
    .update(alerts)
    .set({ resolvedAt: now, resolution, noticeDueAt: now, noticeAttempts: 0 })
    .where(and(eq(alerts.ruleId, ruleId), isNull(alerts.resolvedAt)))
    .returning({ id: alerts.id });
  await db.delete(alertStates).where(eq(alertStates.ruleId, ruleId));
  return resolved.length;
}

export const toAlertRule = (row: AlertRuleRow): AlertRule => ({
  id: row.id,
  organization: { id: row.organizationId },
  name: row.name,
  metric: row.metric,
  unit: alertMetric(row.metric)?.unit ?? "",
  operator: row.operator as AlertOperator,
  threshold: row.threshold === null ? null : Number(row.threshold),
  durationMinutes: row.durationMinutes,
  severity: row.severity as AlertSeverity,
  enabled: row.enabled,
  isDefault: row.defaultKey !== null,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});
