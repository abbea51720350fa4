import { badUserInput, parseScaled } from "@dcx/kit";
import { VAT_RATE_SCALE } from "../pricing/vm-estimate";
import { checkDate } from "../product/product.rules";
import type { CatalogDb } from "../product/product.store";
import { formatUnitPrice, unitPriceFromColumn } from "../product/unit-price";
import { formatVatRate } from "../vat/vat-rate.service";
import { findPricesInPeriod, findVatRatesInPeriod } from "./price-schedule.store";
import type { PriceSchedule } from "./price-schedule.type";

/** A billing run asks for a month or so; a longer span is a mistake and an unbounded answer. */
export const SCHEDULE_MAX_DAYS = 400;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The prices and VAT rates in force at any moment of [since, until): for every product that had
 * a price then (including products no longer sold), the price in force at `since` and each later
 * one before `until`; likewise the VAT rates. Two queries, however many products there are.
 */
export async function priceSchedule(db: CatalogDb, since: Date, until: Date): Promise<PriceSchedule> {
  checkDate(since, "since");
  checkDate(until, "until");
  if (until.getTime() <= since.getTime()) throw badUserInput("until must be later than since", "until");
  if (until.getTime() - since.getTime() > SCHEDULE_MAX_DAYS * DAY_MS) {
    throw badUserInput(`The period from since to until may span at most ${SCHEDULE_MAX_DAYS} days`, "until");
  }
  const [prices, rates] = await Promise.all([
    findPricesInPeriod(db, since, until),
    findVatRatesInPeriod(db, since, until),
  ]);
  return {
    prices: prices.map((row) => ({
      sku: row.sku,
      name: row.name,
      unit: row.unit,
      // Re-formatted so the answer always has six decimals, whichever driver read the column.
      unitPrice: formatUnitPrice(unitPriceFromColumn(row.unitPrice)),
      effectiveFrom: row.effectiveFrom,
    })),
    vatRates: rates.map((row) => ({
      rate: formatVatRate(parseScaled(row.rate, VAT_RATE_SCALE)),
      effectiveFrom: row.effectiveFrom,
    })),
  };
}
