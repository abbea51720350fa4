import { oneByKey } from "@dcx/kit";
import { and, desc, eq, inArray, lte } from "drizzle-orm";
import { productPrices, products } from "../db/schema";
import type { CatalogDb } from "./product.store";
import { formatUnitPrice, unitPriceFromColumn } from "./unit-price";

/** A product's unit price in force at some moment, exact in micro-units of its currency. */
export interface PriceInForce {
  sku: string;
  micros: bigint;
  currency: string;
  effectiveFrom: Date;
  category: string;
  unit: string;
}

/** The price in force at `at` for each SKU (null when it has none yet), in one query. */
export async function findPricesInForce(db: CatalogDb, skus: readonly string[], at: Date) {
  const rows = skus.length
    ? await db
        .selectDistinctOn([productPrices.productId], {
          sku: products.sku,
          unitPrice: productPrices.unitPrice,
          currency: productPrices.currency,
          effectiveFrom: productPrices.effectiveFrom,
          category: products.category,
          unit: products.unit,
        })
        .from(productPrices)
        .innerJoin(products, eq(products.id, productPrices.productId))
        .where(and(inArray(products.sku, [...skus]), lte(productPrices.effectiveFrom, at)))
        .orderBy(productPrices.productId, desc(productPrices.effectiveFrom))
    : [];
  const prices = rows.map((row): PriceInForce => ({
    sku: row.sku,
    micros: unitPriceFromColumn(row.unitPrice),
    currency: row.currency,
    effectiveFrom: row.effectiveFrom,
    category: row.category,
    unit: row.unit,
  }));
  return oneByKey(skus, prices, (price) => price.sku);
}

export async function findLatestPrice(db: CatalogDb, productId: string) {
  const rows = await db
    .select()
    .from(productPrices)
    .where(eq(productPrices.productId, productId))
    .orderBy(desc(productPrices.effectiveFrom))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertPrice(db: CatalogDb, values: { productId: string; micros: bigint; effectiveFrom: Date }) {
  const [row] = await db
    .insert(productPrices)
    .values({
      productId: values.productId,
      unitPrice: formatUnitPrice(values.micros),
      effectiveFrom: values.effectiveFrom,
    })
    .returning();
  return row!;
}
