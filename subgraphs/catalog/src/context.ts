import type { Caller, RequestIdentity } from "@dcx/kit";
import { createProductLoaders } from "./product/product.loaders";
import type { CatalogDb } from "./product/product.store";

export interface CatalogContext {
  db: CatalogDb;
  /** Who is asking, as the gateway signed it; null before signing in. */
  caller: Caller | null;
  /** The instant this request is priced at. */
  at: Date;
  loaders: ReturnType<typeof createProductLoaders>;
}

export function createCatalogContext(db: CatalogDb, identity: RequestIdentity): CatalogContext {
  const at = new Date();
  return { db, caller: identity.caller, at, loaders: createProductLoaders(db, at) };
}
