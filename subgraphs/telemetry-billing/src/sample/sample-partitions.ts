import { sql } from "drizzle-orm";
import type { TelemetryDb } from "../db/telemetry-db";
import { rowsOf } from "../sql/sql-arrays";

const DAY_MS = 86_400_000;
const PARTITION_LOCK = sql`select pg_advisory_xact_lock(hashtextextended('vm_samples partitions', 0))`;

/** `vm_samples_p20261126`: the partition holding that UTC day. */
export const partitionName = (day: Date): string => `vm_samples_p${day.toISOString().slice(0, 10).replaceAll("-", "")}`;

export const dayOf = (at: Date) => new Date(Math.floor(at.getTime() / DAY_MS) * DAY_MS);

/**
 * Partitions this process knows exist, so a delivery does not ask the catalogue every time. Another
 * replica's retention may drop one: a write that then finds no partition forgets them and retries
 * (`forgetKnownPartitions`).
 */
const knownPartitions = new WeakMap<TelemetryDb, Set<string>>();

export const forgetKnownPartitions = (db: TelemetryDb): void => {
  knownPartitions.delete(db);
};

/**
 * Makes sure a daily partition exists for every instant given. Partitions are created in their own
 * short transaction under a lock (two writers racing for the same new day would otherwise collide
 * on the catalogue), never inside a write that holds sample rows.
 */
export async function ensureSamplePartitions(db: TelemetryDb, instants: readonly Date[]): Promise<void> {
  const days = [...new Set(instants.map((at) => dayOf(at).getTime()))].map((ms) => new Date(ms));
  const seen = knownPartitions.get(db) ?? new Set<string>();
  knownPartitions.set(db, seen);
  if (days.every((day) => seen.has(partitionName(day)))) return;
  const existing = new Set(await listSamplePartitions(db).then((list) => list.map((p) => p.name)));
  const missing = days.filter((day) => !existing.has(partitionName(day)));
  for (const name of existing) seen.add(name);
  for (const day of missing) seen.add(partitionName(day));
  if (missing.length === 0) return;
  await db.transaction(async (tx) => {
    await tx.execute(PARTITION_LOCK);
    for (const day of missing) {
      const next = new Date(day.getTime() + DAY_MS);
      await tx.execute(
        sql.raw(
          `create table if not exists ${partitionName(day)} partition of vm_samples ` +
            `for values from ('${day.toISOString()}') to ('${next.toISOString()}')`,
        ),
      );
    }
  });
}

export interface SamplePartition {
  name: string;
  /** The first instant after the partition's day. */
  endsAt: Date;
}

/** Every daily partition of `vm_samples`, oldest first. */
export async function listSamplePartitions(db: TelemetryDb): Promise<SamplePartition[]> {
  const result = await db.execute(sql`
    select child.relname as name from pg_inherits
    join pg_class parent on parent.oid = pg_inherits.inhparent
    join pg_class child on child.oid = pg_inherits.inhrelid
    where parent.relname = 'vm_samples' order by child.relname`);
  return rowsOf<{ name: string }>(result)
    .filter((row) => /^vm_samples_p\d{8}$/.test(row.name))
    .map((row) => {
      const day = row.name.slice(-8);
      const start = Date.parse(`${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}T00:00:00Z`);
      return { name: row.name, endsAt: new Date(start + DAY_MS) };
    });
}

/** Drops one day of raw samples whole: no row-by-row delete, no bloat left behind. */
export async function dropSamplePartition(db: TelemetryDb, partition: SamplePartition): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(PARTITION_LOCK);
    await tx.execute(sql.raw(`drop table if exists ${partition.name}`));
  });
  knownPartitions.get(db)?.delete(partition.name);
}
