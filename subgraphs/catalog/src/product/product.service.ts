import { badUserInput, conflict, isUniqueViolation, systemClock } from "@dcx/kit";
import { checkCategory, checkDate, checkDescription, checkName, checkSku, checkUnit } from "./product.rules";
import { findProductRowBySku, insertProduct, toProduct, type CatalogDb } from "./product.store";
import { insertPrice } from "./product-price.store";
import type { Product, ProductCategory, ProductUnit } from "./product.type";
import { parseUnitPrice } from "./unit-price";

export interface CreateProductInput {
  sku: string;
  name: string;
  description?: string | null;
  category: ProductCategory;
  unit: ProductUnit;
  /** Decimal rand excluding VAT, up to 6 places, e.g. "0.35". */
  unitPrice: string;
  /** When the first price takes effect; now by default, and never in the future. */
  effectiveFrom?: Date;
}

/**
 * Adds a product with its first price, in one transaction: on any failure nothing is written.
 * The first price must already be in force so that every product always has a current price;
 * later prices are scheduled with `setProductPrice`.
 */
export async function createProduct(db: CatalogDb, input: CreateProductInput, now = systemClock()): Promise<Product> {
  const sku = checkSku(input.sku);
  const name = checkName(input.name);
  const description = checkDescription(input.description);
  const category = checkCategory(input.category);
  const unit = checkUnit(input.unit);
  const micros = parseUnitPrice(input.unitPrice);
  const effectiveFrom = checkDate(input.effectiveFrom ?? now, "effectiveFrom");
  if (effectiveFrom.getTime() > now.getTime()) {
    throw badUserInput(
      "A new product's first price must already be in force; schedule later prices separately",
      "effectiveFrom",
    );
  }

  if (await findProductRowBySku(db, sku)) throw conflict(`A product with SKU ${sku} already exists`);
  try {
    return await db.transaction(async (tx) => {
      const product = await insertProduct(tx, { sku, name, description, category, unit });
      const price = await insertPrice(tx, { productId: product.id, micros, effectiveFrom });
      return toProduct(product, price);
    });
  } catch (error) {
    // A concurrent request may have taken the SKU between the check and the insert.
    if (isUniqueViolation(error)) throw conflict(`A product with SKU ${sku} already exists`);
    throw error;
  }
}
