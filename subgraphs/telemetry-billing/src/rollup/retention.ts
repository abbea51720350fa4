import { sql } from "drizzle-orm";
import type { TelemetryDb } from "../db/telemetry-db";
import { dropSamplePartition, listSamplePartitions } from "../sample/sample-partitions";
import { rowsOf } from "../sql/sql-arrays";
import { RAW_RESOLUTION, ROLLUP_RESOLUTIONS } from "./rollup-ladder";

const DAY_MS = 86_400_000;

export interface RetentionReport {
  partitionsDropped: string[];
  rollupsDeleted: number;
  guestDiskSamplesDeleted: number;
}

/**
 * Drops what is past its level's retention: raw days as whole partitions, roll-ups and guest disk
 * samples by time. Runs only when no roll-up is pending, so nothing is dropped before the level
 * above has been computed from it (a back-fill of old days is rolled up first, then dropped).
 */
export async function applyRetention(db: TelemetryDb, now: Date): Promise<RetentionReport | null> {
  const pending = rowsOf<{ any: boolean }>(await db.execute(sql`select exists (select 1 from rollup_pending) as any`));
  if (pending[0]?.any) return null;
  const rawCutoff = now.getTime() - RAW_RESOLUTION.retentionDays * DAY_MS;
  const expired = (await listSamplePartitions(db)).filter((partition) => partition.endsAt.getTime() <= rawCutoff);
  for (const partition of expired) await dropSamplePartition(db, partition);
  let rollupsDeleted = 0;
  for (const level of ROLLUP_RESOLUTIONS) {
    const cutoff = new Date(now.getTime() - level.retentionDays * DAY_MS);
    const result = await db.execute(sql`
      with gone as (delete from vm_rollups where resolution_minutes = ${level.minutes} and bucket < ${cutoff.toISOString()}::timestamptz returning 1)
      select count(*)::int as count from gone`);
    rollupsDeleted += rowsOf<{ count: number }>(result)[0]?.count ?? 0;
  }
  const disks = await db.execute(sql`
    with gone as (delete from vm_guest_disk_samples where sampled_at < ${new Date(rawCutoff).toISOString()}::timestamptz returning 1)
    select count(*)::int as count from gone`);
  return {
    partitionsDropped: expired.map((partition) => partition.name),
    rollupsDeleted,
    guestDiskSamplesDeleted: rowsOf<{ count: number }>(disks)[0]?.count ?? 0,
  };
}
