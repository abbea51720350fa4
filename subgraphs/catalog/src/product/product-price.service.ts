import { badUserInput, notFound, systemClock } from "@dcx/kit";
import { checkDate, checkSku } from "./product.rules";
import { findProductRowBySku, type CatalogDb } from "./product.store";
import { findLatestPrice, insertPrice } from "./product-price.store";
import { formatUnitPrice, parseUnitPrice } from "./unit-price";

export interface SetProductPriceInput {
  sku: string;
  /** Decimal rand excluding VAT, up to 6 places. */
  unitPrice: string;
  effectiveFrom: Date;
}

export interface ScheduledPrice {
  sku: string;
  /** At the stored precision, e.g. "0.350000". */
  unitPrice: string;
  currency: string;
  effectiveFrom: Date;
}

/** Room for the clocks of caller and server to disagree when a price is meant to apply "now". */
export const CLOCK_SKEW_GRACE_MS = 60_000;

/**
 * Adds a price that takes effect at `effectiveFrom`. Price history is append-only: the new price
 * must start after the product's latest price and not in the past, so no moment that has already
 * been priced is ever re-priced. On any failure nothing is written.
 */
export async function setProductPrice(
  db: CatalogDb,
  input: SetProductPriceInput,
  now = systemClock(),
): Promise<ScheduledPrice> {
  const sku = checkSku(input.sku);
  const micros = parseUnitPrice(input.unitPrice);
  const effectiveFrom = checkDate(input.effectiveFrom, "effectiveFrom");
  if (effectiveFrom.getTime() < now.getTime() - CLOCK_SKEW_GRACE_MS) {
    throw badUserInput("A price change cannot take effect in the past", "effectiveFrom");
  }

  return db.transaction(async (tx) => {
    // Locking the product serialises concurrent price changes, so "after the latest" holds.
    const product = await findProductRowBySku(tx, sku, { forUpdate: true });
    if (!product) throw notFound("Product", sku);
    const latest = await findLatestPrice(tx, product.id);
    if (latest && effectiveFrom.getTime() <= latest.effectiveFrom.getTime()) {
      throw badUserInput(
        `A new price for ${sku} must take effect after its latest price (${latest.effectiveFrom.toISOString()})`,
        "effectiveFrom",
      );
    }
    const price = await insertPrice(tx, { productId: product.id, micros, effectiveFrom });
    return { sku, unitPrice: formatUnitPrice(micros), currency: price.currency, effectiveFrom: price.effectiveFrom };
  });
}
