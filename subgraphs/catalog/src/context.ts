import { createProductLoaders } from "./product/product.loaders";
import type { CatalogDb } from "./product/product.store";

export interface CatalogContext {
  db: CatalogDb;
  /** The instant this request is priced at. */
  at: Date;
  loaders: ReturnType<typeof createProductLoaders>;
}

export function createCatalogContext(db: CatalogDb): CatalogContext {
  const at = new Date();
  return { db, at, loaders: createProductLoaders(db, at) };
}
