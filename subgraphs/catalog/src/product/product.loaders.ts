import DataLoader from "dataloader";
import { findPricesInForce } from "./product-price.store";
import { findUpcomingPrices } from "../schedule/upcoming-prices.store";
import { findProductsByIds, type CatalogDb } from "./product.store";

/**
 * Per-request loaders: one query for any number of products or prices asked for together.
 * Every lookup in a request is priced at the same instant, the request's `at`.
 */
export function createProductLoaders(db: CatalogDb, at: Date) {
  return {
    productById: new DataLoader((ids: readonly string[]) => findProductsByIds(db, ids, at)),
    priceInForceBySku: new DataLoader((skus: readonly string[]) => findPricesInForce(db, skus, at)),
    upcomingPricesByProductId: new DataLoader((ids: readonly string[]) => findUpcomingPrices(db, ids, at)),
  };
}
