import type { TelemetryDb } from "@dcx/telemetry-billing";
import { type SQL, sql } from "drizzle-orm";
import { type BucketBreach, healthOf } from "../../../subgraphs/telemetry-billing/src/health/health-score";
import { ROLLED_METRICS, toUnit } from "../../../subgraphs/telemetry-billing/src/metric/metric-catalogue";
import { levelSource } from "../../../subgraphs/telemetry-billing/src/rollup/level-source";
import { RAW_RESOLUTION, resolutionFor } from "../../../subgraphs/telemetry-billing/src/rollup/rollup-ladder";
import { STALE_AFTER_MS } from "../../../subgraphs/telemetry-billing/src/telemetry/vm-telemetry.store";
import { bucketCount, type MetricWindow } from "../../../subgraphs/telemetry-billing/src/window/metric-window";
import type { UsageAnswer, VmAnswer } from "./dashboard-answer";
import { arrayParam, isoOf, rowsOf } from "./sql-text";

const [CPU, MEMORY] = [ROLLED_METRICS[0], ROLLED_METRICS[2]];
const DAY_MS = 86_400_000;

export type VmTelemetryAnswer = Pick<VmAnswer, "metrics" | "telemetry" | "openAlertCount" | "health">;

export interface FleetTelemetry {
  usage: UsageAnswer;
  byVm: Map<string, VmTelemetryAnswer>;
}

interface Row {
  measured: number;
  cpu_sum: number | null;
  cpu_count: number | null;
  cpu_max: number | null;
  memory_sum: number | null;
  memory_count: number | null;
  memory_max: number | null;
  vm_id: string | null;
  /** Per bucket, the stored mean (sum ÷ count) before it is put in the answered unit; null without samples. */
  cpu: (number | null)[] | null;
  memory: (number | null)[] | null;
  data_idx: number[] | null;
  breaches: BucketBreach[] | null;
  open_alerts: number;
  sampled_at: string | null;
  late: boolean | null;
  cpu_now: number | null;
  memory_now: number | null;
}

/**
 * Everything the dashboard reads from telemetry except the open-alert list, in one statement: the
 * usage of the organisation's scope, and per VM of the page its hourly CPU and memory, newest
 * sample, open alerts and the health inputs, each read as the subgraph reads it:
 * - series from the level `resolutionFor` picks (30-minute roll-ups for LAST_DAY), falling back to
 *   raw samples while a roll-up overlapping the window is pending, as `findVmMetrics` does;
 * - health's "buckets with data" and usage from that level alone, as `findHealthRows` and
 *   `findOrganizationUsage` do (they have no fallback: equal answers need complete roll-ups);
 * - alert breaches per bucket and rule exactly as `findHealthRows` computes them.
 * Rounding to the unit, the stale rule's outcome and the score are the subgraph's own functions.
 */
export async function readFleetTelemetry(
  db: TelemetryDb,
  organizationId: string,
  scopeIds: string[],
  vmIds: string[],
  window: MetricWindow,
  now: Date,
): Promise<FleetTelemetry> {
  const level = resolutionFor(window, now);
  const rawCovers = window.since.getTime() >= now.getTime() - RAW_RESOLUTION.retentionDays * DAY_MS;
  const stored = levelSource(level, window);
  const raw = levelSource(RAW_RESOLUTION, window);
  const buckets = bucketCount(window);
  const since = sql`${window.since.toISOString()}::timestamptz`;
  const until = sql`${window.until.toISOString()}::timestamptz`;
  const at = sql`${now.toISOString()}::timestamptz`;
  const org = sql`${organizationId}::uuid`;
  const ids = arrayParam(vmIds, "uuid");
  const ofPage = sql`s.vm_id = any(${ids}) and s.organization_id = ${org}`;

  const bucketsOf = (source: ReturnType<typeof levelSource>, condition: SQL) => sql`
    select s.vm_id, ${source.index} as idx,
      ${source.average(CPU.column)} as cpu, ${source.average(MEMORY.column)} as memory
    from ${source.table} where ${source.filter} and ${ofPage} and ${condition}
    group by s.vm_id, idx`;
  const pending = sql`exists (select 1 from rollup_pending p where p.resolution_minutes <= ${level.minutes}::int
    and p.bucket < ${until} and p.bucket + make_interval(mins => p.resolution_minutes) > ${since})`;
  const seriesBuckets =
    level === RAW_RESOLUTION || !rawCovers
      ? bucketsOf(stored, sql`true`)
      : sql`${bucketsOf(stored, sql`not ${pending}`)} union all ${bucketsOf(raw, pending)}`;

  const rows = rowsOf<Row>(
    await db.execute(sql`
      with page(vm_id) as (select unnest(${ids})),
      buckets as (${seriesBuckets}),
      series as (
        select page.vm_id, json_agg(b.cpu order by g.idx) as cpu, json_agg(b.memory order by g.idx) as memory
        from page cross join generate_series(0, ${buckets - 1}::int) g(idx)
        left join buckets b on b.vm_id = page.vm_id and b.idx = g.idx
        group by page.vm_id
      ),
      data as (
        select vm_id, json_agg(idx) as idx from (
          select s.vm_id, ${stored.index} as idx from ${stored.table}
          where ${stored.filter} and ${ofPage} group by 1, 2
        ) filled group by vm_id
      ),
      breaches as (
        select vm_id, json_agg(json_build_object('idx', idx, 'name', name, 'critical', critical)) as list from (
          select a.vm_id, b.idx, max(a.rule_name) as name, bool_or(a.severity = 'critical') as critical
          from alerts a
          cross join lateral generate_series(
            greatest(0, floor(extract(epoch from (a.condition_since - ${since})) / ${window.stepMinutes * 60}::int)::int),
            least(${buckets - 1}::int,
              ceil(extract(epoch from (coalesce(a.resolved_at, ${at}) - ${since})) / ${window.stepMinutes * 60}::int)::int - 1)
          ) as b(idx)
          where a.vm_id = any(${ids}) and a.organization_id = ${org}
            and a.condition_since < ${until} and (a.resolved_at is null or a.resolved_at > ${since})
          group by a.vm_id, b.idx, coalesce(a.rule_id::text, a.rule_name || '/' || a.severity)
        ) per_rule group by vm_id
      ),
      open as (
        select vm_id, count(*)::int as open from alerts
        where vm_id = any(${ids}) and organization_id = ${org} and resolved_at is null
        group by vm_id
      ),
      usage as (
        select count(*)::int as measured,
          ${sql.raw(
            [CPU.column, MEMORY.column]
              .map(
                (c) =>
                  `sum(${c}_sum)::bigint as ${c}_sum, max(${c}_max) as ${c}_max, sum(${c}_count)::int as ${c}_count`,
              )
              .join(", "),
          )}
        from (
          select s.vm_id, ${stored.aggregates([CPU.column, MEMORY.column])}
          from ${stored.table}
          where ${stored.filter} and s.organization_id = any(${arrayParam(scopeIds, "uuid")})
          group by s.vm_id
        ) per_vm
      )
      select usage.measured,
        usage.${sql.raw(CPU.column)}_sum::float8 as cpu_sum, usage.${sql.raw(CPU.column)}_count as cpu_count,
        usage.${sql.raw(CPU.column)}_max as cpu_max,
        usage.${sql.raw(MEMORY.column)}_sum::float8 as memory_sum, usage.${sql.raw(MEMORY.column)}_count as memory_count,
        usage.${sql.raw(MEMORY.column)}_max as memory_max,
        page.vm_id::text as vm_id, series.cpu, series.memory, data.idx as data_idx, breaches.list as breaches,
        coalesce(open.open, 0) as open_alerts,
        ${isoOf(sql`newest.sampled_at`)} as sampled_at,
        ${at} - date_trunc('milliseconds', newest.sampled_at) > make_interval(secs => ${STALE_AFTER_MS / 1000}::int) as late,
        newest.${sql.raw(CPU.column)} as cpu_now, newest.${sql.raw(MEMORY.column)} as memory_now
      from usage
      left join page on true
      left join series on series.vm_id = page.vm_id
      left join data on data.vm_id = page.vm_id
      left join breaches on breaches.vm_id = page.vm_id
      left join open on open.vm_id = page.vm_id
      left join lateral (
        select s.sampled_at, s.${sql.raw(CPU.column)}, s.${sql.raw(MEMORY.column)} from vm_samples s
        where s.vm_id = page.vm_id and s.organization_id = ${org}
        order by s.sampled_at desc limit 1
      ) newest on true`),
  );

  const inUnit = (metric: typeof CPU | typeof MEMORY, value: number | null) =>
    value === null ? null : toUnit(metric, value);
  const byVm = new Map<string, VmTelemetryAnswer>();
  for (const row of rows) {
    if (row.vm_id === null) continue;
    const stale = row.sampled_at === null || row.late === true;
    byVm.set(row.vm_id, {
      metrics: {
        since: window.since.toISOString(),
        stepMinutes: window.stepMinutes,
        cpu: { unit: CPU.unit, average: row.cpu!.map((value) => inUnit(CPU, value)) },
        memory: { unit: MEMORY.unit, average: row.memory!.map((value) => inUnit(MEMORY, value)) },
      },
      telemetry: {
        stale,
        sampledAt: row.sampled_at,
        cpu: stale ? null : inUnit(CPU, row.cpu_now),
        memory: stale ? null : inUnit(MEMORY, row.memory_now),
      },
      openAlertCount: row.open_alerts,
      health: { score: healthOf(window, new Set(row.data_idx ?? []), row.breaches ?? []).score },
    });
  }
  const [usage] = rows;
  return {
    usage: {
      measuredVmCount: usage!.measured,
      averageCpuPercent: usage!.cpu_count ? toUnit(CPU, usage!.cpu_sum! / usage!.cpu_count) : null,
      peakCpuPercent: inUnit(CPU, usage!.cpu_max),
      averageMemoryPercent: usage!.memory_count ? toUnit(MEMORY, usage!.memory_sum! / usage!.memory_count) : null,
      peakMemoryPercent: inUnit(MEMORY, usage!.memory_max),
    },
    byVm,
  };
}
