import { Arg, Ctx, Directive, Query, Resolver } from "type-graphql";
import type { CatalogContext } from "../context";
import { assertMayReadSchedule } from "./billing-access";
import { priceSchedule } from "./price-schedule.service";
import { PriceSchedule } from "./price-schedule.type";

/**
 * What hourly metering prices each hour at. @inaccessible: not in the public graph; only the
 * telemetry-billing service calls it, directly with its own signed token.
 */
@Resolver(() => PriceSchedule)
export class PriceScheduleResolver {
  @Directive("@inaccessible")
  @Query(() => PriceSchedule, {
    description:
      "Every product's price and the VAT rate in force at `since`, then each change before `until` (at most 400 days later). The telemetry-billing service only.",
  })
  async priceSchedule(
    @Arg("since", () => Date) since: Date,
    @Arg("until", () => Date) until: Date,
    @Ctx() ctx: CatalogContext,
  ): Promise<PriceSchedule> {
    assertMayReadSchedule(ctx);
    return priceSchedule(ctx.db, since, until);
  }
}
