import { type SQL, sql } from "drizzle-orm";
import type { TelemetryDb } from "../../db/telemetry-db";
import { arrayParam, rowsOf } from "../../sql/sql-arrays";
import { ALERT_METRICS, GUEST_DISK_USED, SAMPLE_INTERVAL_MINUTES } from "../alert-metric";
import { MAX_DURATION_MINUTES } from "../alert-rule.rules";
import type { JudgedSample, OpenAlert, RunState } from "./breach-run";

/** Everything one rule needs to advance over one VM's new samples. */
export interface JudgedGroup {
  ruleId: string;
  vmId: string;
  organizationId: string;
  state: RunState;
  open: OpenAlert | null;
  samples: JudgedSample[];
}

/**
 * Samples older than this are never judged, whatever a rule's state says: after an outage the
 * evaluation catches up at most a day (plus the rule's duration) of data.
 */
export const CATCH_UP_MINUTES = 1440;
/** Where a rule without a state starts: its duration and two sample intervals before now. */
const FIRST_LOOK_MINUTES = 2 * SAMPLE_INTERVAL_MINUTES;

const SAMPLE_METRICS = ALERT_METRICS.filter((m) => m.sample);
const caseOf = (pick: (column: string, scale: number) => string) =>
  `case r.metric ${SAMPLE_METRICS.map((m) => `when '${m.key}' then ${pick(m.sample!.column, m.sample!.scale)}`).join(" ")} end`;
/** The sample's stored integer for the rule's metric, and what divides it into the rule's unit. */
const STORED = caseOf((column) => `x.${column}`);
const SCALE = caseOf((_, scale) => String(scale));

/** `stored op threshold × scale` on exact numerics: no float rounding can tip a comparison. */
const breachOf = (value: string, threshold: string) => `case r.operator
  when '>' then ${value} > ${threshold} when '>=' then ${value} >= ${threshold}
  when '<' then ${value} < ${threshold} when '<=' then ${value} <= ${threshold} end`;

/**
 * The samples a rule has not judged yet: after its state's newest (or, without a state, from its
 * duration and two intervals ago), never before the catch-up limit, never after now. The constant
 * bound lets PostgreSQL skip old daily partitions.
 */
const newSamples = (time: SQL, now: Date) => sql`
  ${time} <= ${now.toISOString()}::timestamptz
  and ${time} > ${now.toISOString()}::timestamptz - make_interval(mins => ${CATCH_UP_MINUTES + MAX_DURATION_MINUTES + FIRST_LOOK_MINUTES})
  and ${time} > greatest(
    coalesce(st.last_sample_at, ${now.toISOString()}::timestamptz - make_interval(mins => r.duration_minutes + ${FIRST_LOOK_MINUTES})),
    ${now.toISOString()}::timestamptz - make_interval(mins => r.duration_minutes + ${CATCH_UP_MINUTES}))`;

const STATE_AND_OPEN_ALERT = sql`
  left join alert_states st on st.rule_id = r.id and st.vm_id = x.vm_id
  left join alerts a on a.rule_id = r.id and a.vm_id = x.vm_id and a.resolved_at is null`;

/**
 * The new samples of every enabled rule on a catalogue metric, judged by the rule in SQL, for
 * every VM of the rule's organisation: one query for all rules and organisations.
 */
export async function judgeMetricSamples(db: TelemetryDb, now: Date): Promise<JudgedGroup[]> {
  const metrics = arrayParam(
    SAMPLE_METRICS.map((m) => m.key),
    "text",
  );
  const result = await db.execute(sql`
    select r.id as rule_id, x.vm_id, x.organization_id, x.sampled_at,
      round((${sql.raw(STORED)})::numeric / ${sql.raw(SCALE)}, 2)::text as value,
      ${sql.raw(breachOf(`(${STORED})::numeric`, `r.threshold * ${SCALE}`))} as breach,
      st.last_sample_at, st.run_started_at, a.id as open_alert_id, a.peak_value::text as open_peak
    from alert_rules r
    join vm_samples x on x.organization_id = r.organization_id
    ${STATE_AND_OPEN_ALERT}
    where r.enabled and r.metric = any(${metrics}) and ${newSamples(sql`x.sampled_at`, now)}
    order by r.id, x.vm_id, x.sampled_at`);
  return groupRows(rowsOf<JudgedRow>(result));
}

/**
 * GUEST_DISK_USED: per VM and instant, the fullest file system in percent used. For > and ≥ any
 * file system past the threshold breaches; for < and ≤ all of them must be (the fullest is).
 */
export async function judgeGuestDiskSamples(db: TelemetryDb, now: Date): Promise<JudgedGroup[]> {
  const used = "(x.capacity_mb - x.free_mb)::numeric * 100";
  const limit = "r.threshold * x.capacity_mb";
  const result = await db.execute(sql`
    select r.id as rule_id, x.vm_id, x.organization_id, x.sampled_at,
      max(round(${sql.raw(used)} / x.capacity_mb, 2))::text as value,
      case when r.operator like '>%' then bool_or(${sql.raw(breachOf(used, limit))})
        else bool_and(${sql.raw(breachOf(used, limit))}) end as breach,
      st.last_sample_at, st.run_started_at, a.id as open_alert_id, a.peak_value::text as open_peak
    from alert_rules r
    join vm_guest_disk_samples x on x.organization_id = r.organization_id and x.capacity_mb > 0
    ${STATE_AND_OPEN_ALERT}
    where r.enabled and r.metric = ${GUEST_DISK_USED} and ${newSamples(sql`x.sampled_at`, now)}
    group by r.id, r.operator, x.vm_id, x.organization_id, x.sampled_at,
      st.last_sample_at, st.run_started_at, a.id, a.peak_value
    order by r.id, x.vm_id, x.sampled_at`);
  return groupRows(rowsOf<JudgedRow>(result));
}

interface JudgedRow {
  rule_id: string;
  vm_id: string;
  organization_id: string;
  sampled_at: Date | string;
  value: string | null;
  breach: boolean | null;
  last_sample_at: Date | string | null;
  run_started_at: Date | string | null;
  open_alert_id: string | null;
  open_peak: string | null;
}

export const dateOrNull = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));
const numberOrNull = (value: string | null): number | null => (value === null ? null : Number(value));

/** Rows arrive ordered by rule, VM and instant: consecutive rows of one pair form its group. */
function groupRows(rows: readonly JudgedRow[]): JudgedGroup[] {
  const groups: JudgedGroup[] = [];
  let current: JudgedGroup | undefined;
  for (const row of rows) {
    if (!current || current.ruleId !== row.rule_id || current.vmId !== row.vm_id) {
      current = {
        ruleId: row.rule_id,
        vmId: row.vm_id,
        organizationId: row.organization_id,
        state: { lastSampleAt: dateOrNull(row.last_sample_at), runStartedAt: dateOrNull(row.run_started_at) },
        open: row.open_alert_id ? { id: row.open_alert_id, peak: numberOrNull(row.open_peak) } : null,
        samples: [],
      };
      groups.push(current);
    }
    current.samples.push({ at: new Date(row.sampled_at), value: numberOrNull(row.value), breach: row.breach });
  }
  return groups;
}
