import { divideRoundHalfUp } from "@dcx/kit";
import { sql } from "drizzle-orm";
import type { TelemetryDb } from "../../db/telemetry-db";
import { rowsOf } from "../../sql/sql-arrays";
import { loadPriceBook, type PriceBook } from "../pricing/price-book";
import { type BillingMonth, billingMonthOf } from "./billing-month";
import { findUsageStretches } from "./bill-usage.store";
import { type PricedBill, priceUsage } from "./price-bill";

const HOUR_MS = 3_600_000;
/** The run rate a projection extends: the last day's metered hours (fewer early in a month). */
const RUN_RATE_HOURS = 24;

export interface CurrentBill extends PricedBill {
  organizationId: string;
  month: BillingMonth;
  /** Hours before this are in the bill; null before anything was metered this month. */
  meteredUntil: Date | null;
  /** Month to date plus the last day's run rate over the hours left, VAT included. */
  projectedTotalCents: bigint;
}

async function meteredUntil(db: TelemetryDb): Promise<Date | null> {
  const rows = rowsOf<{ metered_until: string | Date }>(
    await db.execute(sql`select metered_until from metering_progress where id = 1`),
  );
  return rows[0] ? new Date(rows[0].metered_until) : null;
}

/**
 * Month-to-date bills of several organisations (each its own VMs), with a projection to the
 * month's end: three statements whatever the number of organisations — a DataLoader's batch.
 */
export async function findCurrentBills(
  db: TelemetryDb,
  organizationIds: readonly string[],
  now: Date,
  book?: PriceBook,
): Promise<CurrentBill[]> {
  const month = billingMonthOf(now);
  const prices = book ?? (await loadPriceBook(db));
  const watermark = await meteredUntil(db);
  const until = watermark
    ? new Date(Math.min(Math.max(watermark.getTime(), month.start.getTime()), month.end.getTime()))
    : month.start;
  const changes = prices.changeHours(month.start, month.end);
  const runRateFrom = new Date(Math.max(month.start.getTime(), until.getTime() - RUN_RATE_HOURS * HOUR_MS));
  const [toDate, recent] = await Promise.all([
    findUsageStretches(db, [...organizationIds], month.start, until, changes),
    findUsageStretches(db, [...organizationIds], runRateFrom, until, changes),
  ]);
  const runRateHours = BigInt((until.getTime() - runRateFrom.getTime()) / HOUR_MS);
  const hoursLeft = BigInt((month.end.getTime() - until.getTime()) / HOUR_MS);
  return organizationIds.map((organizationId) => {
    const bill = priceUsage(toDate.get(organizationId) ?? [], prices, month);
    const lastDay = priceUsage(recent.get(organizationId) ?? [], prices, month);
    const projection = runRateHours > 0n ? divideRoundHalfUp(lastDay.totalCents * hoursLeft, runRateHours) : 0n;
    return {
      ...bill,
      organizationId,
      month,
      meteredUntil: watermark && until > month.start ? until : null,
      projectedTotalCents: bill.totalCents + projection,
    };
  });
}
