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

/** The whole copied price book (a few rows per product). */
export async function loadPriceBook(db: TelemetryDb): Promise<PriceBook> {
  const prices = rowsOf<{ sku: string; name: string; unit: string; unit_price: string; effective_from: string | Date }>(
    await db.execute(sql`select sku, name, unit, unit_price::text, effective_from from billing_prices`),
  );
  const rates = rowsOf<{ rate: string; effective_from: string | Date }>(
    await db.execute(sql`select rate::text, effective_from from billing_vat_rates`),
  );
  return new PriceBook(
    prices.map((p) => ({
      sku: p.sku,
      name: p.name,
      unit: p.unit,
      micros: parseScaled(p.unit_price, 6),
      effectiveFrom: new Date(p.effective_from),
    })),
    rates.map((r) => ({ rate: parseScaled(r.rate, 4), effectiveFrom: new Date(r.effective_from) })),
  );
}
