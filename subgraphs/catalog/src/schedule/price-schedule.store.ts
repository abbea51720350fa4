import { and, asc, eq, gt, lt, lte, notExists, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { productPrices, products, vatRates } from "../db/schema";
import type { CatalogDb } from "../product/product.store";

/*
 * A row belongs to the schedule of [since, until) when it took effect before `until` and no later
 * row of the same series took effect by `since`: that keeps the row in force at `since` (or a
 * series' first row, when it starts within the period) and every change after it.
 */

/** Every product's prices in force during [since, until), by SKU, oldest first, in one query. */
export async function findPricesInPeriod(db: CatalogDb, since: Date, until: Date) {
  const later = alias(productPrices, "later");
  return (
    db
      .select({
        sku: products.sku,
        name: products.name,
        unit: products.unit,
        unitPrice: productPrices.unitPrice,
        effectiveFrom: productPrices.effectiveFrom,
      })
      .from(productPrices)
      .innerJoin(products, eq(products.id, productPrices.productId))
      .where(
        and(
          lt(productPrices.effectiveFrom, until),
          notExists(
            db
              .select({ one: sql`1` })
              .from(later)
              .where(
                and(
                  eq(later.productId, productPrices.productId),
                  gt(later.effectiveFrom, productPrices.effectiveFrom),
                  lte(later.effectiveFrom, since),
                ),
              ),
          ),
        ),
      )
      // Byte order ("C"), so the order is the same whatever the database's collation.
      .orderBy(sql`${products.sku} collate "C"`, asc(productPrices.effectiveFrom))
  );
}

/** The VAT rates in force during [since, until), oldest first, in one query. */
export async function findVatRatesInPeriod(db: CatalogDb, since: Date, until: Date) {
  const later = alias(vatRates, "later");
  return db
    .select({ rate: vatRates.rate, effectiveFrom: vatRates.effectiveFrom })
    .from(vatRates)
    .where(
      and(
        lt(vatRates.effectiveFrom, until),
        notExists(
          db
            .select({ one: sql`1` })
            .from(later)
            .where(and(gt(later.effectiveFrom, vatRates.effectiveFrom), lte(later.effectiveFrom, since))),
        ),
      ),
    )
    .orderBy(asc(vatRates.effectiveFrom));
}
