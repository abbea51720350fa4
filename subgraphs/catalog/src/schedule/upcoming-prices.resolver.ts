import { requireCaller } from "@dcx/kit";
import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { CatalogContext } from "../context";
import { ScheduledProductPrice } from "../product/product.mutation";
import { Product } from "../product/product.type";
import { VatRate } from "../vat/vat-rate.resolver";
import { findUpcomingVatRates } from "./upcoming-prices.store";

/**
 * Price and VAT changes already scheduled, so that everyone sees them coming (and provider staff
 * see what they scheduled). Public like the catalog itself: any signed-in caller.
 */
@Resolver(() => Product)
export class UpcomingPricesResolver {
  @FieldResolver(() => [ScheduledProductPrice], {
    description: "Prices scheduled to take effect after now, the soonest first (empty when none is).",
  })
  async upcomingPrices(@Root() product: Product, @Ctx() ctx: CatalogContext): Promise<ScheduledProductPrice[]> {
    const prices = await ctx.loaders.upcomingPricesByProductId.load(product.id);
    return prices.map(({ unitPrice, effectiveFrom }) => ({ sku: product.sku, unitPrice, effectiveFrom }));
  }
}

@Resolver(() => VatRate)
export class UpcomingVatRatesResolver {
  @Query(() => [VatRate], {
    description: "VAT rates scheduled to take effect after now, the soonest first. Any signed-in caller.",
  })
  async upcomingVatRates(@Ctx() ctx: CatalogContext): Promise<VatRate[]> {
    requireCaller(ctx.caller);
    return findUpcomingVatRates(ctx.db, ctx.at);
  }
}
