import { manyByKey, Money, validUuids } from "@dcx/kit";
import { and, asc, gt, inArray } from "drizzle-orm";
import { productPrices, vatRates } from "../db/schema";
import type { CatalogDb } from "../product/product.store";
import { formatUnitPrice, unitPriceFromColumn } from "../product/unit-price";
import { formatVatRate, parseVatRate } from "../vat/vat-rate.service";

export interface UpcomingPrice {
  productId: string;
  unitPrice: Money;
  effectiveFrom: Date;
}

/** The prices of many products that take effect after `at`, each product's soonest first, in one query. */
export async function findUpcomingPrices(
  db: CatalogDb,
  productIds: readonly string[],
  at: Date,
): Promise<UpcomingPrice[][]> {
  const ids = validUuids(productIds);
  const rows = ids.length
    ? await db
        .select()
        .from(productPrices)
        .where(and(inArray(productPrices.productId, ids), gt(productPrices.effectiveFrom, at)))
        .orderBy(asc(productPrices.productId), asc(productPrices.effectiveFrom))
    : [];
  const prices = rows.map((row) => ({
    productId: row.productId,
    unitPrice: Money.of(formatUnitPrice(unitPriceFromColumn(row.unitPrice)), row.currency),
    effectiveFrom: row.effectiveFrom,
  }));
  return manyByKey(productIds, prices, (price) => price.productId);
}

/** The VAT rates that take effect after `at`, soonest first. */
export async function findUpcomingVatRates(db: CatalogDb, at: Date) {
  const rows = await db
    .select()
    .from(vatRates)
    .where(gt(vatRates.effectiveFrom, at))
    .orderBy(asc(vatRates.effectiveFrom));
  return rows.map((row) => ({ rate: formatVatRate(parseVatRate(row.rate)), effectiveFrom: row.effectiveFrom }));
}
