import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { CatalogContext } from "../context";
import { listProducts } from "./product.store";
import { Product, ProductCategory } from "./product.type";

@Resolver(() => Product)
export class ProductResolver {
  @Query(() => [Product], { description: "The catalog at the prices in force now, optionally one category, by SKU." })
  products(
    @Arg("category", () => ProductCategory, { nullable: true }) category: ProductCategory | null,
    @Ctx() ctx: CatalogContext,
  ): Promise<Product[]> {
    return listProducts(ctx.db, category ?? undefined, ctx.at);
  }
}
