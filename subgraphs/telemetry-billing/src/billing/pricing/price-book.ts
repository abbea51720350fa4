import { parseScaled } from "@dcx/kit";
import { sql } from "drizzle-orm";
import type { TelemetryDb } from "../../db/telemetry-db";
import { rowsOf } from "../../sql/sql-arrays";

const HOUR_MS = 3_600_000;

export interface BookPrice {
  sku: string;
  name: string;
  unit: string;
  /** Micro-rand per unit (scale 6), excluding VAT. */
  micros: bigint;
  effectiveFrom: Date;
}

export interface BookVatRate {
  /** Basis points of a fraction: 0.1500 → 1500n (scale 4). */
  rate: bigint;
  effectiveFrom: Date;
}

/**
 * Prices and VAT rates by the time they took effect. An hour is priced at the newest price (and VAT
 * rate) that took effect before the hour ended: a price that starts at 14:30 already prices the
 * 14:00 hour, so each hour has exactly one price and a product's first hour is never unpriced.
 */
export class PriceBook {
  private readonly bySku = new Map<string, BookPrice[]>();

  constructor(
    prices: BookPrice[],
    private readonly vatRates: BookVatRate[],
  ) {
    for (const price of [...prices].sort((a, b) => a.effectiveFrom.getTime() - b.effectiveFrom.getTime())) {
      const list = this.bySku.get(price.sku) ?? [];
      list.push(price);
      this.bySku.set(price.sku, list);
    }
    this.vatRates = [...vatRates].sort((a, b) => a.effectiveFrom.getTime() - b.effectiveFrom.getTime());
  }

  /** No price or no VAT rate copied yet (the catalog not asked successfully): nothing can be priced. */
  get isEmpty(): boolean {
    return this.bySku.size === 0 || this.vatRates.length === 0;
  }

  priceFor(sku: string, hour: Date): BookPrice | null {
    return newestBefore(this.bySku.get(sku) ?? [], hour.getTime() + HOUR_MS);
  }

  vatRateFor(hour: Date): BookVatRate | null {
    return newestBefore(this.vatRates, hour.getTime() + HOUR_MS);
  }

  /**
   * The hours in [from, to) at which some price or VAT rate changes (each change's hour), sorted:
   * between two of them every price is constant, so usage can be summed per stretch.
   */
  changeHours(from: Date, to: Date): Date[] {
    const starts = [...[...this.bySku.values()].flat(), ...this.vatRates].map(
      (entry) => Math.floor(entry.effectiveFrom.getTime() / HOUR_MS) * HOUR_MS,
    );
    return [...new Set(starts)]
      .filter((at) => at > from.getTime() && at < to.getTime())
      .sort((a, b) => a - b)
      .map((at) => new Date(at));
  }
}

function newestBefore<T extends { effectiveFrom: Date }>(sorted: T[], beforeMs: number): T | null {
  let found: T | null = null;
  for (const entry of sorted) {
    if (entry.effectiveFrom.getTime() >= beforeMs) break;
    found = entry;
  }
  return found;
}

/** The copied price book and how far metering has reached (null before the first run). */
export interface PriceBookWithWatermark {
  book: PriceBook;
  meteredUntil: Date | null;
}

type ReferenceRow =
  | { kind: "price"; sku: string; name: string; unit: string; value: string; at: string | Date }
  | { kind: "vat"; value: string; at: string | Date }
  | { kind: "watermark"; at: string | Date | null };

/**
 * The whole copied price book (a few rows per product) and metering's watermark in one statement:
 * every bill and cost read needs both, and on an embedded database each statement has a fixed cost.
 */
export async function loadPriceBookWithWatermark(db: TelemetryDb): Promise<PriceBookWithWatermark> {
  const rows = rowsOf<ReferenceRow>(
    await db.execute(sql`
      select 'price' as kind, sku, name, unit, unit_price::text as value, effective_from as at from billing_prices
      union all select 'vat', null, null, null, rate::text, effective_from from billing_vat_rates
      union all select 'watermark', null, null, null, null, metered_until from metering_progress where id = 1`),
  );
  const prices: BookPrice[] = [];
  const rates: BookVatRate[] = [];
  let meteredUntil: Date | null = null;
  for (const row of rows) {
    if (row.kind === "price") {
      const { sku, name, unit } = row;
      prices.push({ sku, name, unit, micros: parseScaled(row.value, 6), effectiveFrom: new Date(row.at) });
    } else if (row.kind === "vat") {
      rates.push({ rate: parseScaled(row.value, 4), effectiveFrom: new Date(row.at) });
    } else if (row.at !== null) {
      meteredUntil = new Date(row.at);
    }
  }
  return { book: new PriceBook(prices, rates), meteredUntil };
}

/** The whole copied price book. */
export async function loadPriceBook(db: TelemetryDb): Promise<PriceBook> {
  return (await loadPriceBookWithWatermark(db)).book;
}
