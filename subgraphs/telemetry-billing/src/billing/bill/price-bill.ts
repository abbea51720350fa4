import { divideRoundHalfUp } from "@dcx/kit";
import type { PriceBook } from "../pricing/price-book";
import type { BillingMonth } from "./billing-month";
import { billedUnits, type UsageTotals, usageItems } from "./usage-units";

const MICROS_PER_CENT = 10_000n;
const VAT_SCALE = 10_000n;
const QUANTITY_SCALE = 10_000n;

/** One VM's usage over hours in which every price and the VAT rate stayed the same. */
export interface UsageStretch {
  vmId: string;
  /** Any hour of the stretch (its prices are those of every hour in it). */
  hour: Date;
  totals: UsageTotals;
}

export interface PricedLine {
  vmId: string;
  sku: string;
  description: string;
  unit: string;
  /** Billed units (730-hour months), 4 decimals. */
  quantityScaled4: bigint;
  unitPriceMicros: bigint;
  vatRate: bigint;
  amountCents: bigint;
}

export interface PricedBill {
  lines: PricedLine[];
  subtotalCents: bigint;
  vatCents: bigint;
  totalCents: bigint;
  vatByRate: { rate: bigint; taxableCents: bigint; vatCents: bigint }[];
  /** SKUs used but without any price yet (left out, and worth a log line). */
  unpriced: string[];
}

interface Accumulated {
  line: Omit<PricedLine, "quantityScaled4" | "amountCents">;
  unitSeconds: bigint;
  numerator: bigint;
  denominator: bigint;
}

/**
 * Prices usage exactly: each line (a VM, a product, one price and VAT rate) sums its unit-seconds
 * first and is rounded half away from zero to the cent once, as the catalog's estimate rounds its
 * lines; VAT is rounded once per rate on the lines at that rate. A full month at one
 * configuration therefore bills exactly the estimate's monthly total.
 */
export function priceUsage(stretches: UsageStretch[], book: PriceBook, month: BillingMonth): PricedBill {
  const accumulated = new Map<string, Accumulated>();
  const unpriced = new Set<string>();
  for (const stretch of stretches) {
    const vat = book.vatRateFor(stretch.hour);
    for (const item of usageItems(stretch.totals, (sku) => book.priceFor(sku, stretch.hour)?.unit)) {
      const price = book.priceFor(item.sku, stretch.hour);
      if (!price || !vat) {
        unpriced.add(price ? "VAT" : item.sku);
        continue;
      }
      const key = `${stretch.vmId}|${item.sku}|${price.micros}|${vat.rate}`;
      const units = billedUnits(price.unit, month.hours);
      const entry = accumulated.get(key) ?? {
        line: {
          vmId: stretch.vmId,
          sku: item.sku,
          description: price.name,
          unit: price.unit,
          unitPriceMicros: price.micros,
          vatRate: vat.rate,
        },
        unitSeconds: 0n,
        numerator: units.numerator,
        denominator: units.denominator * item.divisor,
      };
      entry.unitSeconds += item.unitSeconds;
      accumulated.set(key, entry);
    }
  }
  const lines = [...accumulated.values()]
    .map(({ line, unitSeconds, numerator, denominator }) => ({
      ...line,
      quantityScaled4: divideRoundHalfUp(unitSeconds * numerator * QUANTITY_SCALE, denominator),
      amountCents: divideRoundHalfUp(unitSeconds * numerator * line.unitPriceMicros, denominator * MICROS_PER_CENT),
    }))
    .filter((line) => line.amountCents !== 0n || line.quantityScaled4 !== 0n)
    .sort(
      (a, b) =>
        a.vmId.localeCompare(b.vmId) || a.sku.localeCompare(b.sku) || Number(a.unitPriceMicros - b.unitPriceMicros),
    );
  const taxable = new Map<bigint, bigint>();
  for (const line of lines) taxable.set(line.vatRate, (taxable.get(line.vatRate) ?? 0n) + line.amountCents);
  const vatByRate = [...taxable].map(([rate, taxableCents]) => ({
    rate,
    taxableCents,
    vatCents: divideRoundHalfUp(taxableCents * rate, VAT_SCALE),
  }));
  const subtotalCents = lines.reduce((sum, line) => sum + line.amountCents, 0n);
  const vatCents = vatByRate.reduce((sum, entry) => sum + entry.vatCents, 0n);
  return { lines, subtotalCents, vatCents, totalCents: subtotalCents + vatCents, vatByRate, unpriced: [...unpriced] };
}
