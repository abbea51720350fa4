import { isUuid } from "@dcx/kit";
import { type SQL, sql } from "drizzle-orm";
import type { TelemetryDb } from "../db/telemetry-db";
import { ROLLED_METRICS, toUnit } from "../metric/metric-catalogue";
import { levelSource } from "../rollup/level-source";
import type { Resolution } from "../rollup/rollup-ladder";
import { arrayParam, rowsOf } from "../sql/sql-arrays";
import { bucketCount, type MetricWindow } from "../window/metric-window";
import type { SeriesValues } from "../vm-metrics/vm-metrics.store";

/** An organisation and the organisations whose VMs its usage covers (itself and those under it). */
export interface UsageScope {
  organizationId: string;
  memberIds: readonly string[];
}

export interface VmCpuUsage {
  vmId: string;
  averageCpuPercent: number;
  peakCpuPercent: number;
}

export interface OrganizationUsageValues extends MetricWindow {
  resolutionMinutes: number;
  /** VMs that sent at least one sample in the window. */
  measuredVmCount: number;
  averageCpuPercent: number | null;
  peakCpuPercent: number | null;
  averageMemoryPercent: number | null;
  peakMemoryPercent: number | null;
  /** The organisation's CPU and memory per bucket, across all its VMs. */
  cpu: SeriesValues;
  memory: SeriesValues;
  topVmsByCpu: VmCpuUsage[];
}

const [CPU, MEMORY] = [ROLLED_METRICS[0], ROLLED_METRICS[2]];
export const TOP_VMS = 5;

type UsageRow = {
  kind: "bucket" | "vm";
  root: string;
  idx: number | null;
  vm_id: string | null;
  average: number | null;
  peak: number | null;
  measured: number | null;
} & Record<string, string | number | null>;

/**
 * The utilisation of many organisations' scopes over one window in ONE query, whatever the number
 * of organisations: the window's rows are read once, grouped per VM and bucket, and both the
 * per-bucket totals and the top VMs come from that grouping. Only organisations in each scope are
 * read; the scopes were checked against the caller before they reach this function.
 */
export async function findOrganizationUsage(
  db: TelemetryDb,
  scopes: readonly UsageScope[],
  window: MetricWindow,
  resolution: Resolution,
  /** Per-bucket series and top VMs too; without, only the window's totals (a dashboard's figures). */
  detail = true,
): Promise<OrganizationUsageValues[]> {
  const pairs = scopes.flatMap((scope) =>
    scope.memberIds.filter(isUuid).map((member) => ({ root: scope.organizationId, member })),
  );
  const empty = () => scopes.map(() => emptyUsage(window, resolution));
  if (pairs.length === 0) return empty();
  const members = sql`unnest(${arrayParam(
    pairs.map((p) => p.root),
    "uuid",
  )}, ${arrayParam(
    pairs.map((p) => p.member),
    "uuid",
  )}) as scope(root, member)`;
  const source = levelSource(resolution, window);
  const [cpu, memory] = [CPU.column, MEMORY.column].map(columnsOf) as [Columns, Columns];
  if (!detail) return usageTotals(db, scopes, window, resolution, members);
  const rows = rowsOf<UsageRow>(
    await db.execute(sql`
      with per_vm as (
        select scope.root::text as root, s.vm_id::text as vm_id, ${source.index} as idx,
          ${source.aggregates([CPU.column, MEMORY.column])}
        from ${source.table} join ${members} on s.organization_id = scope.member
        where ${source.filter}
        group by scope.root, s.vm_id, idx)
      select 'bucket' as kind, root, idx, null as vm_id, null::float8 as average, null::bigint as peak,
        null::int as measured,
        sum(${cpu.sum})::bigint as ${cpu.sum}, max(${cpu.max}) as ${cpu.max}, sum(${cpu.count})::int as ${cpu.count},
        sum(${memory.sum})::bigint as ${memory.sum}, max(${memory.max}) as ${memory.max},
        sum(${memory.count})::int as ${memory.count}
      from per_vm group by root, idx
      union all
      select 'vm', root, null, vm_id, average, peak, measured, null, null, null, null, null, null from (
        select root, vm_id, sum(${cpu.sum})::float8 / nullif(sum(${cpu.count}), 0) as average,
          max(${cpu.max}) as peak,
          row_number() over (partition by root
            order by sum(${cpu.sum})::float8 / nullif(sum(${cpu.count}), 0) desc nulls last, vm_id) as rank,
          count(*) over (partition by root)::int as measured
        from per_vm group by root, vm_id) ranked
      where rank <= ${TOP_VMS}
      order by kind, root, idx, average desc nulls last, vm_id`),
  );
  const buckets = rows.filter((row) => row.kind === "bucket") as ({ idx: number } & UsageRow)[];
  const top = rows.filter((row) => row.kind === "vm") as ({ vm_id: string; measured: number } & UsageRow)[];
  return scopes.map((scope) => {
    const own = buckets.filter((row) => row.root === scope.organizationId);
    const usage = emptyUsage(window, resolution);
    const totals = {
      cpu: { sum: 0, count: 0, max: null as number | null },
      memory: { sum: 0, count: 0, max: null as number | null },
    };
    for (const row of own) {
      for (const [key, metric] of [
        ["cpu", CPU],
        ["memory", MEMORY],
      ] as const) {
        const count = Number(row[`${metric.column}_count`]);
        if (!(count > 0) || row.idx < 0 || row.idx >= usage.cpu.average.length) continue;
        const sum = Number(row[`${metric.column}_sum`]);
        const max = Number(row[`${metric.column}_max`]);
        usage[key].average[row.idx] = toUnit(metric, sum / count);
        usage[key].maximum[row.idx] = toUnit(metric, max);
        totals[key].sum += sum;
        totals[key].count += count;
        totals[key].max = Math.max(totals[key].max ?? 0, max);
      }
    }
    const ranked = top.filter((row) => row.root === scope.organizationId);
    usage.measuredVmCount = ranked[0]?.measured ?? 0;
    usage.averageCpuPercent = totals.cpu.count ? toUnit(CPU, totals.cpu.sum / totals.cpu.count) : null;
    usage.peakCpuPercent = totals.cpu.max === null ? null : toUnit(CPU, totals.cpu.max);
    usage.averageMemoryPercent = totals.memory.count ? toUnit(MEMORY, totals.memory.sum / totals.memory.count) : null;
    usage.peakMemoryPercent = totals.memory.max === null ? null : toUnit(MEMORY, totals.memory.max);
    usage.topVmsByCpu = ranked
      .filter((row) => row.average !== null)
      .map((row) => ({
        vmId: row.vm_id,
        averageCpuPercent: toUnit(CPU, Number(row.average)),
        peakCpuPercent: toUnit(CPU, Number(row.peak)),
      }));
    return usage;
  });
}

type Columns = { sum: SQL; max: SQL; count: SQL };

const columnsOf = (column: string): Columns => ({
  sum: sql.raw(`${column}_sum`),
  max: sql.raw(`${column}_max`),
  count: sql.raw(`${column}_count`),
});

type TotalsRow = { root: string; measured: number } & Record<string, string | number | null>;

/**
 * The window's totals per scope: no grouping per bucket. Grouping per VM first counts the measured
 * VMs by hashing, where `count(distinct …)` would sort every row of the window.
 */
async function usageTotals(
  db: TelemetryDb,
  scopes: readonly UsageScope[],
  window: MetricWindow,
  resolution: Resolution,
  members: SQL,
): Promise<OrganizationUsageValues[]> {
  const source = levelSource(resolution, window);
  const [cpu, memory] = [CPU.column, MEMORY.column].map(columnsOf) as [Columns, Columns];
  const rows = rowsOf<TotalsRow>(
    await db.execute(sql`
      select root, count(*)::int as measured,
        sum(${cpu.sum})::bigint as ${cpu.sum}, max(${cpu.max}) as ${cpu.max}, sum(${cpu.count})::int as ${cpu.count},
        sum(${memory.sum})::bigint as ${memory.sum}, max(${memory.max}) as ${memory.max},
        sum(${memory.count})::int as ${memory.count}
      from (
        select scope.root::text as root, ${source.aggregates([CPU.column, MEMORY.column])}
        from ${source.table} join ${members} on s.organization_id = scope.member
        where ${source.filter}
        group by scope.root, s.vm_id) per_vm
      group by root`),
  );
  return scopes.map((scope) => {
    const usage = emptyUsage(window, resolution);
    const row = rows.find((candidate) => candidate.root === scope.organizationId);
    if (!row) return usage;
    const figure = (metric: typeof CPU | typeof MEMORY) => {
      const count = Number(row[`${metric.column}_count`]);
      return count > 0
        ? {
            average: toUnit(metric, Number(row[`${metric.column}_sum`]) / count),
            peak: toUnit(metric, Number(row[`${metric.column}_max`])),
          }
        : { average: null, peak: null };
    };
    const [cpu, memory] = [figure(CPU), figure(MEMORY)];
    return {
      ...usage,
      measuredVmCount: row.measured,
      averageCpuPercent: cpu.average,
      peakCpuPercent: cpu.peak,
      averageMemoryPercent: memory.average,
      peakMemoryPercent: memory.peak,
    };
  });
}

function emptyUsage(window: MetricWindow, resolution: Resolution): OrganizationUsageValues {
  const slots = () => new Array<number | null>(bucketCount(window)).fill(null);
  return {
    ...window,
    resolutionMinutes: resolution.minutes,
    measuredVmCount: 0,
    averageCpuPercent: null,
    peakCpuPercent: null,
    averageMemoryPercent: null,
    peakMemoryPercent: null,
    cpu: { unit: CPU.unit, average: slots(), maximum: slots() },
    memory: { unit: MEMORY.unit, average: slots(), maximum: slots() },
    topVmsByCpu: [],
  };
}
