import { parseScaled } from "@dcx/kit";
import { sql } from "drizzle-orm";
import type { TelemetryDb } from "../../db/telemetry-db";
import { arrayParam, rowsOf } from "../../sql/sql-arrays";

/** One setting of a reseller's commission, as kept. */
export interface CommissionRate {
  resellerId: string;
  fromMonth: string;
  /** "12.50" */
  percent: string;
  setAt: Date;
  setBy: string;
}

interface RateRow {
  reseller_id: string;
  from_month: string;
  percent: string;
  set_at: string | Date;
  set_by: string;
}

const toRate = (row: RateRow): CommissionRate => ({
  resellerId: row.reseller_id,
  fromMonth: row.from_month,
  percent: row.percent,
  setAt: new Date(row.set_at),
  setBy: row.set_by,
});

/** Keeps a setting, stamped with the database's clock; settings are ordered by when they were kept. */
export async function insertCommissionRate(
  db: TelemetryDb,
  rate: Omit<CommissionRate, "setAt">,
): Promise<CommissionRate> {
  const rows = rowsOf<RateRow>(
    await db.execute(sql`
      insert into reseller_commissions (reseller_id, from_month, percent, set_at, set_by)
      values (${rate.resellerId}::uuid, ${rate.fromMonth}, ${rate.percent}, clock_timestamp(), ${rate.setBy})
      returning reseller_id, from_month, percent::text, set_at, set_by`),
  );
  return toRate(rows[0]!);
}

/**
 * The percentage (scale 2: 1250n is 12.5 %) in force for each reseller in `month`: the newest
 * setting of the latest month from which one applies; 0 for a reseller never given one.
 */
export async function commissionPercentsIn(
  db: TelemetryDb,
  resellerIds: readonly string[],
  month: string,
): Promise<Map<string, bigint>> {
  const percents = new Map(resellerIds.map((id) => [id, 0n]));
  if (resellerIds.length === 0) return percents;
  const rows = rowsOf<{ reseller_id: string; percent: string }>(
    await db.execute(sql`
      select distinct on (reseller_id) reseller_id, percent::text
      from reseller_commissions
      where reseller_id = any(${arrayParam(resellerIds, "uuid")}) and from_month <= ${month}
      order by reseller_id, from_month desc, id desc`),
  );
  for (const row of rows) percents.set(row.reseller_id, parseScaled(row.percent, 2));
  return percents;
}

/** Every setting of each reseller, newest month first (and the newest setting first within one). */
export async function commissionHistories(
  db: TelemetryDb,
  resellerIds: readonly string[],
): Promise<CommissionRate[][]> {
  if (resellerIds.length === 0) return [];
  const rows = rowsOf<RateRow>(
    await db.execute(sql`
      select reseller_id, from_month, percent::text, set_at, set_by from reseller_commissions
      where reseller_id = any(${arrayParam(resellerIds, "uuid")})
      order by reseller_id, from_month desc, id desc`),
  );
  return resellerIds.map((id) => rows.filter((row) => row.reseller_id === id).map(toRate));
}
