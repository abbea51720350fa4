import { manyByKey, seesNothing, type Visibility, isUuid } from "@dcx/kit";
import { type SQL, sql } from "drizzle-orm";
import type { TelemetryDb } from "../db/telemetry-db";
import { type MetricField, ROLLED_METRICS, type RolledMetric, toUnit } from "../metric/metric-catalogue";
import { RAW_RESOLUTION, type Resolution } from "../rollup/rollup-ladder";
import { levelSource } from "../rollup/level-source";
import { arrayParam, rowsOf } from "../sql/sql-arrays";
import { bucketCount, type MetricWindow } from "../window/metric-window";

/** One metric over a window: one slot per bucket, null where the bucket holds no sample. */
export interface SeriesValues {
  unit: string;
  average: (number | null)[];
  maximum: (number | null)[];
}

export interface VmMetricsValues extends MetricWindow {
  /** The stored level that answered: 5 (raw samples), 30, 120 or 1440 minutes. */
  resolutionMinutes: number;
  /** The metrics asked for (all unless fewer were). */
  series: Partial<Record<MetricField, SeriesValues>>;
}

/**
 * One VM's buckets: `[idx, then sum, max and count of each metric asked for, in that order]`.
 * Numbers as PostgreSQL printed them into JSON, so the arithmetic below is the same as on rows.
 */
type VmBucketsRow = { vm_id: string; source: number; buckets: (number | null)[][] };

/** Where a metric's sum, max and count sit in a bucket's array (after its index). */
const SUM = 1;
const MAX = 2;
const COUNT = 3;
const PER_METRIC = 3;

/**
 * The metrics of many VMs over one window in ONE query, read from `resolution` (raw samples or a
 * roll-up level) and placed into columnar series. Only rows of organisations in `visible` are read:
 * a VM of any other organisation has all-null series, exactly like a VM without samples. Only the
 * `metrics` asked for are aggregated: a sparkline of two metrics must not pay for eleven.
 *
 * Each VM comes back as one row holding its buckets as a JSON array: a 50-VM window of every
 * metric at 15-minute steps is 50 rows parsed natively instead of ~5 000 rows of 33 text fields
 * each, which cost this service most of its CPU (and the garbage collector the rest).
 */
export async function findVmMetrics(
  db: TelemetryDb,
  vmIds: readonly string[],
  window: MetricWindow,
  resolution: Resolution,
  visible: Visibility,
  /** Whether raw samples still cover the window (it starts within their retention). */
  rawCovers = false,
  metrics: readonly RolledMetric[] = ROLLED_METRICS,
): Promise<VmMetricsValues[]> {
  const keys = vmIds.map((id) => id.toLowerCase());
  const wanted = [...new Set(keys.filter(isUuid))];
  const rows =
    wanted.length && !seesNothing(visible)
      ? rowsOf<VmBucketsRow>(await db.execute(bucketQuery(wanted, window, resolution, visible, rawCovers, metrics)))
      : [];
  const buckets = bucketCount(window);
  const answeredBy = rows[0]?.source ?? resolution.minutes;
  return manyByKey(keys, rows, (row) => row.vm_id).map((vmRows) => {
    const vmBuckets = vmRows.flatMap((row) => row.buckets);
    return {
      ...window,
      resolutionMinutes: answeredBy,
      series: Object.fromEntries(
        metrics.map((metric, m) => {
          const average: (number | null)[] = new Array<number | null>(buckets).fill(null);
          const maximum: (number | null)[] = new Array<number | null>(buckets).fill(null);
          const at = m * PER_METRIC;
          for (const bucket of vmBuckets) {
            const idx = bucket[0]!;
            const count = Number(bucket[at + COUNT]);
            if (!(count > 0) || idx < 0 || idx >= buckets) continue;
            average[idx] = toUnit(metric, Number(bucket[at + SUM]) / count);
            maximum[idx] = toUnit(metric, Number(bucket[at + MAX]));
          }
          return [metric.field, { unit: metric.unit, average, maximum }];
        }),
      ),
    };
  });
}

/** `windowBucketsQuery`'s rows folded into one per VM, its buckets as a JSON array (see VmBucketsRow). */
function bucketQuery(
  vmIds: string[],
  window: MetricWindow,
  resolution: Resolution,
  visible: Visibility,
  rawCovers: boolean,
  metrics: readonly RolledMetric[],
): SQL {
  const filters = sql`s.vm_id = any(${arrayParam(vmIds, "uuid")}) and ${
    visible === "all" ? sql`true` : sql`s.organization_id = any(${arrayParam(visible.filter(isUuid), "uuid")})`
  }`;
  const columns = metrics.map((metric) => metric.column);
  const values = columns.flatMap((column) =>
    ["sum", "max", "count"].map((part) => sql`b.${sql.identifier(`${column}_${part}`)}`),
  );
  // Every row of one statement comes from the same level (the staleness test does not depend on
  // the VM), so any row's `source` is the statement's.
  return sql`select b.vm_id, min(b.source) as source,
      json_agg(json_build_array(b.idx, ${sql.join(values, sql`, `)})) as buckets
    from (${windowBucketsQuery(filters, window, resolution, rawCovers, columns)}) as b
    group by b.vm_id`;
}

/**
 * The window's buckets per VM of the rows `filters` selects (SQL over the table aliased `s`), one
 * row per bucket, from one stored level. A roll-up level whose buckets in the window are still
 * being computed (a roll-up mark at that level or below overlaps the window: samples arrived
 * seconds ago) is not trusted: the raw samples answer instead, in the same statement, when they
 * still cover the window. Each row says which level answered (`source`). The charts read their
 * buckets this way, and so does a VM ranking for its one-bucket windows, so its averages are the
 * charts' to the bit.
 */
export function windowBucketsQuery(
  filters: SQL,
  window: MetricWindow,
  resolution: Resolution,
  rawCovers: boolean,
  columns: string[],
): SQL {
  if (resolution === RAW_RESOLUTION) return levelQuery(RAW_RESOLUTION, window, filters, sql`true`, columns);
  if (!rawCovers) return levelQuery(resolution, window, filters, sql`true`, columns);
  const stale = sql`exists (select 1 from rollup_pending p where p.resolution_minutes <= ${resolution.minutes}
    and p.bucket < ${window.until.toISOString()}::timestamptz
    and p.bucket + make_interval(mins => p.resolution_minutes) > ${window.since.toISOString()}::timestamptz)`;
  return sql`${levelQuery(resolution, window, filters, sql`not ${stale}`, columns)}
    union all ${levelQuery(RAW_RESOLUTION, window, filters, stale, columns)}`;
}

function levelQuery(level: Resolution, window: MetricWindow, filters: SQL, condition: SQL, columns: string[]): SQL {
  const source = levelSource(level, window);
  return sql`(
    select s.vm_id::text as vm_id, ${level.minutes}::int as source, ${source.index} as idx,
      ${source.aggregates(columns)}
    from ${source.table}
    where ${source.filter} and ${filters} and ${condition}
    group by s.vm_id, idx)`;
}
