import { DecimalScalar, Money, requireProviderStaff } from "@dcx/kit";
import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from "type-graphql";
import type { CatalogContext } from "../context";
import { setProductPrice } from "./product-price.service";
import { createProduct } from "./product.service";
import { Product, ProductCategory, ProductUnit } from "./product.type";

@InputType({ description: "A new catalog product with its first price (in force now or earlier)." })
export class CreateProductInput {
  @Field(() => String, { description: 'e.g. "licence.rhel".' })
  sku!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ProductCategory)
  category!: ProductCategory;

  @Field(() => ProductUnit)
  unit!: ProductUnit;

  @Field(() => DecimalScalar, { description: "Rand per unit excluding VAT, up to 6 decimals." })
  unitPrice!: string;
}

@ObjectType({ description: "A price scheduled for a product." })
export class ScheduledProductPrice {
  @Field(() => String)
  sku!: string;

  @Field(() => Money)
  unitPrice!: Money;

  @Field(() => Date)
  effectiveFrom!: Date;
}

@Resolver()
export class ProductMutationResolver {
  @Mutation(() => Product, { description: "Provider owners and admins only." })
  async createProduct(
    @Arg("input", () => CreateProductInput) input: CreateProductInput,
    @Ctx() ctx: CatalogContext,
  ): Promise<Product> {
    requireProviderStaff(ctx.caller, "change the catalog");
    return createProduct(ctx.db, { ...input }, ctx.at);
  }

  @Mutation(() => ScheduledProductPrice, {
    description:
      "Adds a price from effectiveFrom (now or later, after the latest price). Provider owners and admins only.",
  })
  async setProductPrice(
    @Arg("sku", () => String) sku: string,
    @Arg("unitPrice", () => DecimalScalar) unitPrice: string,
    @Arg("effectiveFrom", () => Date) effectiveFrom: Date,
    @Ctx() ctx: CatalogContext,
  ): Promise<ScheduledProductPrice> {
    requireProviderStaff(ctx.caller, "change the catalog");
    const price = await setProductPrice(ctx.db, { sku, unitPrice, effectiveFrom }, ctx.at);
    return { sku, unitPrice: Money.of(price.unitPrice, price.currency), effectiveFrom: price.effectiveFrom };
  }
}
