import { type SQL, sql } from "drizzle-orm";
import type { TelemetryDb } from "../db/telemetry-db";
import { ROLLED_METRICS } from "../metric/metric-catalogue";
import { arrayParam, rowsOf } from "../sql/sql-arrays";
import { ROLLUP_ORIGIN, ROLLUP_RESOLUTIONS, type Resolution } from "./rollup-ladder";

/** Buckets computed per statement: a month of 30-minute buckets is a few statements. */
const BUCKETS_PER_BATCH = 200;

export interface RollupReport {
  /** Buckets computed per level, e.g. `{ 30: 48, 120: 12, 1440: 1 }`. */
  bucketsByResolution: Record<number, number>;
}

/**
 * Computes every pending bucket, finest level first, each from the level below it, and marks the
 * bucket above as pending. Computing a bucket replaces its row with a fresh aggregate of its
 * source, so running twice, or again after late samples, gives exactly the numbers a single run
 * over all the data would. Replicas may run this at once: each claims its buckets with
 * `skip locked` and deletes the marks before reading, so a sample written meanwhile marks the
 * bucket again instead of being missed.
 */
export async function rollUpPending(db: TelemetryDb, options: { maxBatches?: number } = {}): Promise<RollupReport> {
  const report: RollupReport = { bucketsByResolution: {} };
  let batches = options.maxBatches ?? 1_000;
  for (const [index, level] of ROLLUP_RESOLUTIONS.entries()) {
    const next = ROLLUP_RESOLUTIONS[index + 1] ?? null;
    for (;;) {
      if (batches-- <= 0) return report;
      const done = await rollUpBatch(db, level, next);
      if (done > 0) report.bucketsByResolution[level.minutes] = (report.bucketsByResolution[level.minutes] ?? 0) + done;
      if (done < BUCKETS_PER_BATCH) break;
    }
  }
  return report;
}

async function rollUpBatch(db: TelemetryDb, level: Resolution, next: Resolution | null): Promise<number> {
  return db.transaction(async (tx) => {
    const claimed = await tx.execute(sql`
      delete from rollup_pending where (resolution_minutes, bucket) in (
        select resolution_minutes, bucket from rollup_pending where resolution_minutes = ${level.minutes}
        order by bucket limit ${BUCKETS_PER_BATCH} for update skip locked)
      returning bucket`);
    const buckets = rowsOf<{ bucket: string | Date }>(claimed).map((row) => new Date(row.bucket).toISOString());
    if (buckets.length === 0) return 0;
    const bucketArray = arrayParam(buckets, "timestamptz");
    await tx.execute(aggregateInto(level, bucketArray));
    if (next) {
      await tx.execute(sql`
        insert into rollup_pending (resolution_minutes, bucket)
        select distinct ${next.minutes}::smallint, date_bin(make_interval(mins => ${next.minutes}::int), bucket, ${ROLLUP_ORIGIN}::timestamptz)
        from unnest(${bucketArray}) as claimed(bucket)
        on conflict do nothing`);
    }
    return buckets.length;
  });
}

const aggregateColumns = ROLLED_METRICS.flatMap((m) => [`${m.column}_sum`, `${m.column}_max`, `${m.column}_count`]);

/** `insert … select` of the claimed buckets of one level, from raw samples or the level below. */
function aggregateInto(level: Resolution, buckets: SQL): SQL {
  const fromRaw = level.sourceMinutes === 5;
  const source = fromRaw
    ? sql`vm_samples s on s.sampled_at >= p.bucket and s.sampled_at < p.bucket + make_interval(mins => ${level.minutes}::int)`
    : sql`vm_rollups s on s.resolution_minutes = ${level.sourceMinutes} and s.bucket >= p.bucket
          and s.bucket < p.bucket + make_interval(mins => ${level.minutes}::int)`;
  const newest = fromRaw ? "s.sampled_at" : "s.bucket";
  const aggregates = ROLLED_METRICS.map((m) =>
    fromRaw
      ? `sum(s.${m.column})::bigint, max(s.${m.column}), count(s.${m.column})::int`
      : `sum(s.${m.column}_sum)::bigint, max(s.${m.column}_max), sum(s.${m.column}_count)::int`,
  ).join(", ");
  const updates = ["organization_id", ...aggregateColumns].map((c) => `${c} = excluded.${c}`).join(", ");
  return sql`
    insert into vm_rollups (resolution_minutes, vm_id, bucket, organization_id, ${sql.raw(aggregateColumns.join(", "))})
    select ${level.minutes}::smallint, s.vm_id, p.bucket,
      (array_agg(s.organization_id order by ${sql.raw(newest)} desc))[1], ${sql.raw(aggregates)}
    from unnest(${buckets}) as p(bucket) join ${source}
    group by s.vm_id, p.bucket
    on conflict (resolution_minutes, vm_id, bucket) do update set ${sql.raw(updates)}`;
}
