import { isUuid, seesNothing, type Visibility } from "@dcx/kit";
import { type SQL, sql } from "drizzle-orm";
import type { TelemetryDb } from "../db/telemetry-db";
import { RAW_RESOLUTION, resolutionFor } from "../rollup/rollup-ladder";
import { arrayParam, rowsOf } from "../sql/sql-arrays";
import { bucketCount, type MetricWindow } from "../window/metric-window";
import type { BucketBreach } from "./health-score";

const visibleFilter = (column: string, visible: Visibility): SQL =>
  visible === "all" ? sql`true` : sql`${sql.raw(column)} = any(${arrayParam(visible.filter(isUuid), "uuid")})`;

export interface HealthRows {
  /** The buckets holding samples, per VM. */
  data: { vm_id: string; idx: number }[];
  breaches: (BucketBreach & { vm_id: string })[];
}

/** What the health of many VMs over one window is computed from, in ONE query. */
export async function findHealthRows(
  db: TelemetryDb,
  vmIds: readonly string[],
  window: MetricWindow,
  visible: Visibility,
  now: Date,
): Promise<HealthRows> {
  if (vmIds.length === 0 || seesNothing(visible)) return { data: [], breaches: [] };
  const rows = rowsOf<{ kind: "data" | "breach"; vm_id: string; idx: number; name: string; critical: boolean }>(
    await db.execute(sql`
      select 'data' as kind, vm_id, idx, null as name, null::boolean as critical
        from (${dataBuckets(vmIds, window, visible, now)}) data
      union all
      select 'breach', vm_id, idx, name, critical from (${bucketBreaches(vmIds, window, visible, now)}) breach`),
  );
  return {
    data: rows.filter((row) => row.kind === "data").map(({ vm_id, idx }) => ({ vm_id, idx })),
    breaches: rows
      .filter((row) => row.kind === "breach")
      .map(({ vm_id, idx, name, critical }) => ({ vm_id, idx, name, critical })),
  };
}

/**
 * Which buckets of the window hold samples, per VM: read from the same stored level as the metric
 * series of that window (raw samples or a roll-up), so health and charts agree on where data is.
 */
function dataBuckets(vmIds: readonly string[], window: MetricWindow, visible: Visibility, now: Date): SQL {
  const level = resolutionFor(window, now);
  const [table, time, levelFilter] =
    level === RAW_RESOLUTION
      ? ["vm_samples", "sampled_at", sql`true`]
      : ["vm_rollups", "bucket", sql`resolution_minutes = ${level.minutes}`];
  const since = window.since.toISOString();
  return sql`
    select vm_id::text as vm_id,
      floor(extract(epoch from (${sql.raw(time)} - ${since}::timestamptz)) / ${window.stepMinutes * 60})::int as idx
    from ${sql.raw(table)}
    where ${levelFilter} and vm_id = any(${arrayParam(vmIds, "uuid")}) and ${visibleFilter("organization_id", visible)}
      and ${sql.raw(time)} >= ${since}::timestamptz and ${sql.raw(time)} < ${window.until.toISOString()}::timestamptz
    group by 1, 2`;
}

/**
 * Per VM and bucket, the distinct rules whose alert covered it (from its conditionSince until it
 * resolved, or `now` while open): at most buckets × rules rows however many alerts there were.
 */
function bucketBreaches(vmIds: readonly string[], window: MetricWindow, visible: Visibility, now: Date): SQL {
  const since = sql`${window.since.toISOString()}::timestamptz`;
  const step = window.stepMinutes * 60;
  return sql`
    select a.vm_id::text as vm_id, b.idx, max(a.rule_name) as name, bool_or(a.severity = 'critical') as critical
    from alerts a
    cross join lateral generate_series(
      greatest(0, floor(extract(epoch from (a.condition_since - ${since})) / ${step})::int),
      least(${bucketCount(window) - 1},
        ceil(extract(epoch from (coalesce(a.resolved_at, ${now.toISOString()}::timestamptz) - ${since})) / ${step})::int - 1)
    ) as b(idx)
    where a.vm_id = any(${arrayParam(vmIds, "uuid")}) and ${visibleFilter("a.organization_id", visible)}
      and a.condition_since < ${window.until.toISOString()}::timestamptz
      and (a.resolved_at is null or a.resolved_at > ${since})
    group by a.vm_id, b.idx, coalesce(a.rule_id::text, a.rule_name || '/' || a.severity)`;
}
