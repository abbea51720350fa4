import { sql } from "drizzle-orm";
import type { TelemetryDb } from "../../db/telemetry-db";
import type { PriceScheduleSource } from "./price-schedule.client";

const DAY_MS = 86_400_000;
/** The catalog answers at most 400 days at once; a year back covers any bill still open. */
const LOOK_BACK_DAYS = 399;

/**
 * Copies the prices and VAT rates in force over the last year (and those already scheduled for
 * tomorrow) from the catalog. Rows are keyed by product and start and only added, never rewritten:
 * the catalog refuses prices and VAT rates that start more than a minute in the past, so an hour
 * already billed keeps its price (a product's very first price may be dated earlier; it prices only
 * hours that had no price before).
 */
export async function refreshPriceCopy(
  db: TelemetryDb,
  source: PriceScheduleSource,
  now: Date,
): Promise<{ prices: number; vatRates: number }> {
  const schedule = await source(new Date(now.getTime() - LOOK_BACK_DAYS * DAY_MS), new Date(now.getTime() + DAY_MS));
  await db.transaction(async (tx) => {
    if (schedule.prices.length > 0) {
      await tx.execute(sql`
        insert into billing_prices (sku, effective_from, name, unit, unit_price)
        select sku, effective_from, name, unit, unit_price
        from jsonb_to_recordset(${JSON.stringify(schedule.prices.map((p) => ({ sku: p.sku, effective_from: p.effectiveFrom, name: p.name, unit: p.unit, unit_price: p.unitPrice })))}::jsonb)
          as p(sku text, effective_from timestamptz, name text, unit text, unit_price numeric)
        on conflict (sku, effective_from) do nothing`);
    }
    if (schedule.vatRates.length > 0) {
      await tx.execute(sql`
        insert into billing_vat_rates (effective_from, rate)
        select effective_from, rate
        from jsonb_to_recordset(${JSON.stringify(schedule.vatRates.map((v) => ({ effective_from: v.effectiveFrom, rate: v.rate })))}::jsonb)
          as v(effective_from timestamptz, rate numeric)
        on conflict (effective_from) do nothing`);
    }
  });
  return { prices: schedule.prices.length, vatRates: schedule.vatRates.length };
}
