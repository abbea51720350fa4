import { type Db, Money, oneByKey, systemClock, validUuids } from "@dcx/kit";
import { and, desc, eq, inArray, lte, type SQL } from "drizzle-orm";
import { type catalogTables, type ProductPriceRow, type ProductRow, productPrices, products } from "../db/schema";
import { type Product, type ProductCategory, type ProductUnit } from "./product.type";
import { formatUnitPrice, unitPriceFromColumn } from "./unit-price";

export type CatalogDb = Db<typeof catalogTables>;

export const toProduct = (product: ProductRow, price: ProductPriceRow): Product => ({
  id: product.id,
  sku: product.sku,
  name: product.name,
  description: product.description,
  category: product.category as ProductCategory,
  unit: product.unit as ProductUnit,
  unitPrice: Money.of(formatUnitPrice(unitPriceFromColumn(price.unitPrice)), price.currency),
  priceEffectiveFrom: price.effectiveFrom,
});

/** Products matching `filter`, each with the price in force at `at`, in one query. */
async function findProductsWithPriceAt(db: CatalogDb, at: Date, filter?: SQL): Promise<Product[]> {
  const rows = await db
    .selectDistinctOn([products.id], { product: products, price: productPrices })
    .from(products)
    .innerJoin(productPrices, and(eq(productPrices.productId, products.id), lte(productPrices.effectiveFrom, at)))
    .where(filter)
    .orderBy(products.id, desc(productPrices.effectiveFrom));
  return rows.map((row) => toProduct(row.product, row.price));
}

export async function findProductsByIds(db: CatalogDb, ids: readonly string[], at: Date) {
  const wanted = validUuids(ids);
  const found = wanted.length ? await findProductsWithPriceAt(db, at, inArray(products.id, wanted)) : [];
  return oneByKey(ids, found, (product) => product.id);
}

/** The catalog as it is priced at `at` (default now), optionally one category, ordered by SKU. */
export async function listProducts(db: CatalogDb, category?: ProductCategory, at: Date = systemClock()) {
  const found = await findProductsWithPriceAt(db, at, category ? eq(products.category, category) : undefined);
  return found.sort((a, b) => (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0));
}

export async function findProductRowBySku(db: CatalogDb, sku: string, options: { forUpdate?: boolean } = {}) {
  const query = db.select().from(products).where(eq(products.sku, sku));
  const rows = options.forUpdate ? await query.for("update") : await query;
  return rows[0] ?? null;
}

export async function insertProduct(db: CatalogDb, values: typeof products.$inferInsert) {
  const [row] = await db.insert(products).values(values).returning();
  return row!;
}
