import { requireCaller } from "@dcx/kit";
import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { CatalogContext } from "../context";
import { listProducts } from "./product.store";
import { Product, ProductCategory } from "./product.type";

@Resolver(() => Product)
export class ProductResolver {
  // Any signed-in caller may read the catalog; without a caller, UNAUTHENTICATED.
  @Query(() => [Product], { description: "The catalog at the prices in force now, optionally one category, by SKU." })
  async products(
    @Arg("category", () => ProductCategory, { nullable: true }) category: ProductCategory | null,
    @Ctx() ctx: CatalogContext,
  ): Promise<Product[]> {
    requireCaller(ctx.caller);
    return listProducts(ctx.db, category ?? undefined, ctx.at);
  }
}
