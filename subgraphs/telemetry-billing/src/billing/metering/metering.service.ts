import { sql } from "drizzle-orm";
import type { TelemetryDb } from "../../db/telemetry-db";
import { rowsOf } from "../../sql/sql-arrays";
import { meterNewHoursStatement, reworkHoursStatement } from "./metering.sql";

const HOUR_MS = 3_600_000;
/** Hours metered per transaction: a crash loses at most one batch's work, never its records. */
const HOURS_PER_BATCH = 24;

export interface MeteringReport {
  /** Hours newly metered (the watermark moved by this many). */
  hoursMetered: number;
  /** VMs re-metered after late changes. */
  vmsReworked: number;
  /** Every hour before this is metered (null: no usage has arrived yet). */
  meteredUntil: Date | null;
}

export const hourFloor = (at: Date) => new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS);

/**
 * Meters every whole hour that has ended by `now`, from where the last run stopped (catching up
 * after downtime), then adds adjustments for the VMs a late change touched. Each batch locks the
 * watermark row, so two runs (two replicas) take turns and a change that arrives meanwhile is
 * either metered or marked for rework, never missed.
 */
export async function meterUsage(db: TelemetryDb, now: Date): Promise<MeteringReport> {
  const target = hourFloor(now);
  let hoursMetered = 0;
  let meteredUntil = await startingPoint(db);
  while (meteredUntil && meteredUntil < target) {
    const batch = await db.transaction(async (tx) => {
      const from = await lockWatermark(tx as unknown as TelemetryDb);
      if (!from || from >= target) return { from, to: from };
      const to = new Date(Math.min(target.getTime(), from.getTime() + HOURS_PER_BATCH * HOUR_MS));
      await withoutJit(tx as unknown as TelemetryDb);
      await tx.execute(meterNewHoursStatement(from, to));
      await tx.execute(sql`update metering_progress set metered_until = ${to.toISOString()}::timestamptz where id = 1`);
      return { from, to };
    });
    if (!batch.from || !batch.to || batch.to <= batch.from) break;
    hoursMetered += (batch.to.getTime() - batch.from.getTime()) / HOUR_MS;
    meteredUntil = batch.to;
  }
  const vmsReworked = await reworkLateChanges(db);
  return { hoursMetered, vmsReworked, meteredUntil };
}

/** The watermark, created at the first change's hour when usage first arrives. */
async function startingPoint(db: TelemetryDb): Promise<Date | null> {
  await db.execute(sql`
    insert into metering_progress (id, metered_until)
    select 1, date_trunc('hour', min(occurred_at), 'UTC') from vm_usage_changes having count(*) > 0
    on conflict (id) do nothing`);
  const rows = rowsOf<{ metered_until: string | Date }>(
    await db.execute(sql`select metered_until from metering_progress where id = 1`),
  );
  return rows[0] ? new Date(rows[0].metered_until) : null;
}

/**
 * PostgreSQL's JIT compiles each metering statement afresh (≈ 0.2 s), more than many batches take
 * to run; the setting ends with the transaction.
 */
async function withoutJit(tx: TelemetryDb): Promise<void> {
  await tx.execute(sql`set local jit = off`);
}

async function lockWatermark(tx: TelemetryDb): Promise<Date | null> {
  const rows = rowsOf<{ metered_until: string | Date }>(
    await tx.execute(sql`select metered_until from metering_progress where id = 1 for update`),
  );
  return rows[0] ? new Date(rows[0].metered_until) : null;
}

/**
 * Re-meters, from the hour each late change touched up to the watermark, the VMs marked for
 * rework; the statement turns any difference into an adjustment revision. A mark renewed while
 * this ran (another late change) has a newer `marked_at` and stays for the next run.
 */
async function reworkLateChanges(db: TelemetryDb): Promise<number> {
  return db.transaction(async (tx) => {
    const until = await lockWatermark(tx as unknown as TelemetryDb);
    if (!until) return 0;
    const marks = rowsOf<{ vm_id: string; from_hour: string | Date; marked_at: string }>(
      await tx.execute(
        sql`select vm_id, from_hour, marked_at::text from metering_rework order by from_hour limit 1000`,
      ),
    );
    await withoutJit(tx as unknown as TelemetryDb);
    for (const mark of marks) {
      const from = new Date(mark.from_hour);
      if (from < until) await tx.execute(reworkHoursStatement(from, until, [mark.vm_id]));
      await tx.execute(
        // As text: a JavaScript Date would drop the microseconds and never match.
        sql`delete from metering_rework where vm_id = ${mark.vm_id}::uuid and marked_at = ${mark.marked_at}::timestamptz`,
      );
    }
    return marks.length;
  });
}
