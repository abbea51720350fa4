import { isUuid } from "@dcx/kit";
import { sql } from "drizzle-orm";
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

/**
 * The utilisation of many organisations' scopes over one window in two queries (buckets, top VMs),
 * whatever the number of organisations. Only organisations in each scope are read; the scopes were
 * checked against the caller before they reach this function.
 */
export async function findOrganizationUsage(
  db: TelemetryDb,
  scopes: readonly UsageScope[],
  window: MetricWindow,
  resolution: Resolution,
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
  const buckets = rowsOf<{ root: string; idx: number } & Record<string, string | number | null>>(
    await db.execute(sql`
      select scope.root::text as root, ${source.index} as idx, ${source.aggregates([CPU.column, MEMORY.column])}
      from ${source.table} join ${members} on s.organization_id = scope.member
      where ${source.filter}
      group by scope.root, idx`),
  );
  const top = rowsOf<{ root: string; vm_id: string; average: number | null; peak: number; measured: number }>(
    await db.execute(sql`
      select root, vm_id, average, peak, measured from (
        select scope.root::text as root, s.vm_id::text as vm_id,
          ${source.average(CPU.column)} as average, ${source.peak(CPU.column)} as peak,
          row_number() over (partition by scope.root order by ${source.average(CPU.column)} desc nulls last, s.vm_id) as rank,
          count(*) over (partition by scope.root)::int as measured
        from ${source.table} join ${members} on s.organization_id = scope.member
        where ${source.filter}
        group by scope.root, s.vm_id) ranked
      where rank <= ${TOP_VMS} order by root, rank`),
  );
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
