import type { CatalogContext } from "../context";
import type { Product } from "./product.type";

/** Resolves `Product` representations from other subgraphs, batched through the loader. */
export const productReference = {
  __resolveReference: (reference: { id: string }, ctx: CatalogContext): Promise<Product | null> =>
    ctx.loaders.productById.load(reference.id),
};
