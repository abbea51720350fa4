import { sql } from "drizzle-orm";
import type { AlertRuleRow } from "../../db/schema";
import type { TelemetryDb } from "../../db/telemetry-db";
import { arrayParam, rowsOf } from "../../sql/sql-arrays";
import { MAX_WINDOW_DAYS } from "../../window/metric-window";
import { NO_SAMPLES } from "../alert-metric";
import type { AlertResolutionValue } from "../alert-rule.store";

const iso = (at: Date | null) => at?.toISOString() ?? null;
const text = (value: number | null) => (value === null ? null : value.toFixed(2));

export interface StateWrite {
  ruleId: string;
  vmId: string;
  organizationId: string;
  lastSampleAt: Date | null;
  runStartedAt: Date | null;
}

/** Records where each rule's evaluation for each VM now stands, in one statement. */
export async function saveStates(db: TelemetryDb, states: readonly StateWrite[]): Promise<void> {
  if (states.length === 0) return;
  const column = <T extends string | null>(pick: (s: StateWrite) => T, type: string) =>
    arrayParam(states.map(pick), type);
  await db.execute(sql`
    insert into alert_states (rule_id, vm_id, organization_id, last_sample_at, run_started_at)
    select * from unnest(
      ${column((s) => s.ruleId, "uuid")}, ${column((s) => s.vmId, "uuid")}, ${column((s) => s.organizationId, "uuid")},
      ${column((s) => iso(s.lastSampleAt), "timestamptz")}, ${column((s) => iso(s.runStartedAt), "timestamptz")})
    on conflict (rule_id, vm_id) do update set organization_id = excluded.organization_id,
      last_sample_at = excluded.last_sample_at, run_started_at = excluded.run_started_at`);
}

export interface NewAlert {
  id: string;
  rule: AlertRuleRow;
  vmId: string;
  organizationId: string;
  conditionSince: Date;
  firedAt: Date;
  firedValue: number | null;
  peak: number | null;
  resolvedAt: Date | null;
  resolution: AlertResolutionValue | null;
}

/**
 * Inserts the alerts fired, each due for its e-mail(s) at `now`, in one statement. An open alert
 * of the same rule and VM already there (the unique partial index) makes the insert a no-op:
 * an alert can never fire twice. Returns how many were inserted.
 */
export async function insertAlerts(db: TelemetryDb, fired: readonly NewAlert[], now: Date): Promise<number> {
  if (fired.length === 0) return 0;
  const column = <T extends string | number | null>(pick: (a: NewAlert) => T, type: string) =>
    arrayParam(fired.map(pick), type);
  const result = await db.execute(sql`
    insert into alerts (id, organization_id, vm_id, rule_id, rule_name, metric, operator, threshold,
      duration_minutes, severity, condition_since, fired_at, resolved_at, resolution, fired_value, peak_value, notice_due_at)
    select *, ${now.toISOString()}::timestamptz from unnest(
      ${column((a) => a.id, "uuid")}, ${column((a) => a.organizationId, "uuid")}, ${column((a) => a.vmId, "uuid")},
      ${column((a) => a.rule.id, "uuid")}, ${column((a) => a.rule.name, "text")}, ${column((a) => a.rule.metric, "text")},
      ${column((a) => a.rule.operator, "text")}, ${column((a) => a.rule.threshold, "numeric")},
      ${column((a) => a.rule.durationMinutes, "int")}, ${column((a) => a.rule.severity, "text")},
      ${column((a) => iso(a.conditionSince), "timestamptz")}, ${column((a) => iso(a.firedAt), "timestamptz")},
      ${column((a) => iso(a.resolvedAt), "timestamptz")}, ${column((a) => a.resolution, "text")},
      ${column((a) => text(a.firedValue), "numeric")}, ${column((a) => text(a.peak), "numeric")})
    on conflict (rule_id, vm_id) where resolved_at is null do nothing
    returning id`);
  return rowsOf(result).length;
}

export interface OpenAlertChange {
  id: string;
  peak: number | null;
  resolvedAt: Date | null;
  resolution: AlertResolutionValue | null;
}

/**
 * Updates alerts that were open: a worse peak, and resolution (then due for the "resolved"
 * e-mail at `now`). Returns how many resolved.
 */
export async function changeOpenAlerts(
  db: TelemetryDb,
  changes: readonly OpenAlertChange[],
  now: Date,
): Promise<number> {
  if (changes.length === 0) return 0;
  const column = <T extends string | null>(pick: (c: OpenAlertChange) => T, type: string) =>
    arrayParam(changes.map(pick), type);
  const result = await db.execute(sql`
    update alerts a set
      peak_value = coalesce(v.peak, a.peak_value),
      resolved_at = v.resolved_at, resolution = v.resolution,
      notice_due_at = case when v.resolved_at is null then a.notice_due_at else ${now.toISOString()}::timestamptz end,
      notice_attempts = case when v.resolved_at is null then a.notice_attempts else 0 end
    from unnest(
      ${column((c) => c.id, "uuid")}, ${column((c) => text(c.peak), "numeric")},
      ${column((c) => iso(c.resolvedAt), "timestamptz")}, ${column((c) => c.resolution, "text")}
    ) as v(id, peak, resolved_at, resolution)
    where a.id = v.id and a.resolved_at is null
    returning a.resolved_at`);
  return rowsOf<{ resolved_at: unknown }>(result).filter((row) => row.resolved_at !== null).length;
}

/**
 * Resolves the open alerts of rules on samples whose VM the collector last saw powered off: a VM
 * that is off sends nothing that could ever clear them. Returns how many resolved.
 */
export async function resolveAlertsOfPoweredOffVms(db: TelemetryDb, now: Date): Promise<number> {
  const result = await db.execute(sql`
    update alerts a set resolved_at = ${now.toISOString()}::timestamptz, resolution = 'vm_powered_off',
      notice_due_at = ${now.toISOString()}::timestamptz, notice_attempts = 0
    from vm_collection_state c
    where c.vm_id = a.vm_id and not c.powered_on and a.resolved_at is null and a.metric <> ${NO_SAMPLES}
    returning a.id`);
  return rowsOf(result).length;
}

/** Raw samples are kept a week: a state that judged nothing for longer belongs to a VM that is gone. */
export async function forgetStaleStates(db: TelemetryDb, now: Date): Promise<void> {
  await db.execute(sql`
    delete from alert_states where run_started_at is null
      and last_sample_at < ${now.toISOString()}::timestamptz - interval '8 days'`);
}

/** Health and alert windows reach back at most this far (`MAX_WINDOW_DAYS`); older resolved alerts go. */
export async function pruneResolvedAlerts(db: TelemetryDb, now: Date): Promise<void> {
  await db.execute(sql`
    delete from alerts where resolved_at < ${now.toISOString()}::timestamptz - make_interval(days => ${MAX_WINDOW_DAYS})
      and fired_notified_at is not null and resolved_notified_at is not null`);
}
