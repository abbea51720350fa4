import { type Caller, conflict, notFound, requireCaller } from "@dcx/kit";
import type { AlertRuleRow } from "../db/schema";
import type { TelemetryDb } from "../db/telemetry-db";
import { assertMayManageRules } from "./alert-access";
import { alertMetric } from "./alert-metric";
import {
  closeRuleAlerts,
  deleteRule,
  ensureDefaultRules,
  findRule,
  insertRule,
  type RuleChanges,
  updateRule,
} from "./alert-rule.store";
import { AlertOperator, AlertSeverity, type CreateAlertRuleInput, type UpdateAlertRuleInput } from "./alert-rule.type";
import {
  checkedDuration,
  checkedMetric,
  checkedName,
  checkedOperator,
  checkedSeverity,
  checkedThreshold,
} from "./alert-rule.rules";
import { lockAlertEvaluation } from "./alert-lock";

/**
 * Adds a custom rule. Checked in this order, before anything is written: the caller (see
 * `assertMayManageRules`), then every input (`BAD_USER_INPUT` naming `input.<field>`).
 */
export async function createAlertRule(
  db: TelemetryDb,
  caller: Caller | null,
  input: CreateAlertRuleInput,
  now: Date,
): Promise<AlertRuleRow> {
  assertMayManageRules(caller, input.organizationId);
  const metric = checkedMetric(input.metric, "input.metric");
  const rule = {
    organizationId: input.organizationId.toLowerCase(),
    name: checkedName(input.name, "input.name"),
    metric: metric.key,
    operator: checkedOperator(input.operator ?? AlertOperator.GREATER_THAN, "input.operator"),
    threshold: checkedThreshold(metric, input.threshold, "input.threshold"),
    durationMinutes: checkedDuration(metric, input.durationMinutes, "input.durationMinutes"),
    severity: checkedSeverity(input.severity ?? AlertSeverity.WARNING, "input.severity"),
    enabled: input.enabled ?? true,
  };
  return db.transaction(async (tx) => {
    await lockAlertEvaluation(tx);
    await ensureDefaultRules(tx, [rule.organizationId]);
    return insertRule(tx, rule, now);
  });
}

/**
 * Changes a rule, default or custom. A change of its condition (operator, threshold, duration)
 * resolves its open alerts as `rule_changed`, disabling it as `rule_disabled`:
 * each had been fired by a condition that no longer exists. The next evaluation judges the
 * rule afresh. Name and severity changes leave open alerts as they are.
 */
export async function updateAlertRule(
  db: TelemetryDb,
  caller: Caller | null,
  id: string,
  input: UpdateAlertRuleInput,
  now: Date,
): Promise<AlertRuleRow> {
  const current = await visibleRule(db, caller, id);
  assertMayManageRules(caller, current.organizationId);
  const changes = checkedChanges(current, input);
  return db.transaction(async (tx) => {
    await lockAlertEvaluation(tx);
    // Judged on the rule as it is under the lock: it may have changed, or gone, meanwhile.
    const locked = await findRule(tx, id, "all", true);
    if (!locked) throw notFound("Alert rule", id);
    const conditionChanged = (["operator", "threshold", "durationMinutes"] as const).some(
      (field) => changes[field] !== undefined && changes[field] !== locked[field],
    );
    if (locked.enabled && changes.enabled === false) await closeRuleAlerts(tx, id, "rule_disabled", now);
    else if (conditionChanged) await closeRuleAlerts(tx, id, "rule_changed", now);
    return updateRule(tx, id, changes, now);
  });
}

/** Deletes a custom rule, resolving its open alerts as `rule_deleted`; a default rule can only be disabled. */
export async function deleteAlertRule(db: TelemetryDb, caller: Caller | null, id: string, now: Date): Promise<string> {
  const current = await visibleRule(db, caller, id);
  assertMayManageRules(caller, current.organizationId);
  if (current.defaultKey !== null) throw conflict("A default rule cannot be deleted; disable it instead");
  await db.transaction(async (tx) => {
    await lockAlertEvaluation(tx);
    if (!(await findRule(tx, id, "all", true))) throw notFound("Alert rule", id);
    await closeRuleAlerts(tx, id, "rule_deleted", now);
    await deleteRule(tx, id);
  });
  return current.id;
}

/** UNAUTHENTICATED without a caller; NOT_FOUND for a rule that does not exist or the caller cannot see. */
async function visibleRule(db: TelemetryDb, caller: Caller | null, id: string): Promise<AlertRuleRow> {
  const known = requireCaller(caller);
  const rule = await findRule(db, id, known.visibleOrganizationIds);
  if (!rule) throw notFound("Alert rule", id);
  return rule;
}

function checkedChanges(current: AlertRuleRow, input: UpdateAlertRuleInput): RuleChanges {
  const metric = alertMetric(current.metric);
  if (!metric) throw conflict(`The rule's metric ${current.metric} is no longer measured; delete the rule`);
  const given = (value: unknown) => value !== undefined && value !== null;
  const changes: RuleChanges = {};
  if (given(input.name)) changes.name = checkedName(input.name, "input.name");
  if (given(input.operator)) changes.operator = checkedOperator(input.operator, "input.operator");
  if (given(input.threshold)) changes.threshold = checkedThreshold(metric, input.threshold, "input.threshold");
  if (given(input.durationMinutes)) {
    changes.durationMinutes = checkedDuration(metric, input.durationMinutes, "input.durationMinutes");
  }
  if (given(input.severity)) changes.severity = checkedSeverity(input.severity, "input.severity");
  if (given(input.enabled)) changes.enabled = input.enabled!;
  return changes;
}
