import type { CatalogContext } from "../context";
import type { Product } from "./product.type";

/**
 * Resolves `Product` representations from other subgraphs, batched through the loader. Any
 * signed-in caller may read the catalog; a caller who has not signed in gets null.
 */
export const productReference = {
  __resolveReference: async (reference: { id: string }, ctx: CatalogContext): Promise<Product | null> =>
    ctx.caller ? ctx.loaders.productById.load(reference.id) : null,
};
