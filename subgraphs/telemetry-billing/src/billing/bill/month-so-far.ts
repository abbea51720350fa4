import { divideRoundHalfUp } from "@dcx/kit";
import { sql } from "drizzle-orm";
import type { TelemetryDb } from "../../db/telemetry-db";
import { rowsOf } from "../../sql/sql-arrays";
import { loadPriceBookWithWatermark, type PriceBook } from "../pricing/price-book";
import { type BillingMonth, billingMonthOf } from "./billing-month";

const HOUR_MS = 3_600_000;
/** The run rate a projection extends: the last day's metered hours (fewer early in a month). */
const RUN_RATE_HOURS = 24;

/** The billing month holding `now`, as far as it is metered, with the hours a projection needs. */
export interface MonthSoFar {
  month: BillingMonth;
  book: PriceBook;
  /** Hours where a price or VAT rate changes this month. */
  changes: Date[];
  /** Metered usage ends here (the month's start before anything was metered). */
  until: Date;
  /** Null before anything of the month was metered. */
  meteredUntil: Date | null;
  /** Start of the last metered day, the run rate's window. */
  runRateFrom: Date;
  /** `toDate` plus the run rate's total over the hours left in the month (both VAT included). */
  project(toDateCents: bigint, runRateCents: bigint): bigint;
}

export async function monthSoFar(db: TelemetryDb, now: Date, book?: PriceBook): Promise<MonthSoFar> {
  const month = billingMonthOf(now);
  const { prices, watermark } = book
    ? { prices: book, watermark: await meteredUntil(db) }
    : await loadPriceBookWithWatermark(db).then((loaded) => ({ prices: loaded.book, watermark: loaded.meteredUntil }));
  const until = watermark
    ? new Date(Math.min(Math.max(new Date(watermark).getTime(), month.start.getTime()), month.end.getTime()))
    : month.start;
  const runRateFrom = new Date(Math.max(month.start.getTime(), until.getTime() - RUN_RATE_HOURS * HOUR_MS));
  const runRateHours = BigInt((until.getTime() - runRateFrom.getTime()) / HOUR_MS);
  const hoursLeft = BigInt((month.end.getTime() - until.getTime()) / HOUR_MS);
  return {
    month,
    book: prices,
    changes: prices.changeHours(month.start, month.end),
    until,
    meteredUntil: until > month.start ? until : null,
    runRateFrom,
    project: (toDateCents, runRateCents) =>
      toDateCents + (runRateHours > 0n ? divideRoundHalfUp(runRateCents * hoursLeft, runRateHours) : 0n),
  };
}

async function meteredUntil(db: TelemetryDb): Promise<Date | null> {
  const row = rowsOf<{ metered_until: string | Date | null }>(
    await db.execute(sql`select metered_until from metering_progress where id = 1`),
  )[0];
  return row?.metered_until ? new Date(row.metered_until) : null;
}
