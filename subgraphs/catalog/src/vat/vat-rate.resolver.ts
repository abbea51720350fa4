import { DecimalScalar, requireCaller, requireProviderStaff } from "@dcx/kit";
import { Arg, Ctx, Field, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import type { CatalogContext } from "../context";
import { formatVatRate, setVatRate, vatRateAt } from "./vat-rate.service";

@ObjectType({ description: "A VAT rate and the moment it takes effect." })
export class VatRate {
  @Field(() => DecimalScalar, { description: 'A fraction, e.g. "0.1500".' })
  rate!: string;

  @Field(() => Date)
  effectiveFrom!: Date;
}

@Resolver(() => VatRate)
export class VatRateResolver {
  @Query(() => VatRate, { description: "The VAT rate in force at `at` (default now). Any signed-in caller." })
  async vatRate(
    @Arg("at", () => Date, { nullable: true }) at: Date | null,
    @Ctx() ctx: CatalogContext,
  ): Promise<VatRate> {
    requireCaller(ctx.caller);
    const found = await vatRateAt(ctx.db, at ?? ctx.at);
    return { rate: formatVatRate(found.rate), effectiveFrom: found.effectiveFrom };
  }

  @Mutation(() => VatRate, {
    description:
      "Schedules a VAT rate from effectiveFrom (now or later; never the past). Provider owners and admins only.",
  })
  async setVatRate(
    @Arg("rate", () => DecimalScalar) rate: string,
    @Arg("effectiveFrom", () => Date) effectiveFrom: Date,
    @Ctx() ctx: CatalogContext,
  ): Promise<VatRate> {
    requireProviderStaff(ctx.caller, "change the catalog");
    return setVatRate(ctx.db, { rate, effectiveFrom }, ctx.at);
  }
}
