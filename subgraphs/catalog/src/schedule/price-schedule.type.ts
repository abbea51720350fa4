import { DecimalScalar } from "@dcx/kit";
import { Directive, Field, ObjectType } from "type-graphql";

// Service-only value types (@inaccessible): only telemetry-billing reads them, directly.

@Directive("@inaccessible")
@ObjectType("ScheduledPrice", { description: "A product's unit price from the moment it took effect." })
export class ScheduledPriceEntry {
  @Field(() => String)
  sku!: string;

  @Field(() => String, { description: "The product's display name, an invoice line's description." })
  name!: string;

  @Field(() => String, {
    description:
      "The unit the price is per, as stored: vcpu_hour, gb_ram_hour, gb_month, ip_month, gb_transfer, instance_month, month or core_pack_hour.",
  })
  unit!: string;

  @Field(() => DecimalScalar, { description: 'Rand excluding VAT, six decimals, e.g. "0.420000".' })
  unitPrice!: string;

  @Field(() => Date)
  effectiveFrom!: Date;
}

@Directive("@inaccessible")
@ObjectType("ScheduledVatRate", { description: "A VAT rate from the moment it took effect." })
export class ScheduledVatRate {
  @Field(() => DecimalScalar, { description: 'A fraction, four decimals, e.g. "0.1500".' })
  rate!: string;

  @Field(() => Date)
  effectiveFrom!: Date;
}

@Directive("@inaccessible")
@ObjectType("PriceSchedule", {
  description:
    "Every price and VAT rate in force at some moment of a period: the one in force at its start, then each change before its end.",
})
export class PriceSchedule {
  @Field(() => [ScheduledPriceEntry], { description: "By SKU, each product's prices oldest first." })
  prices!: ScheduledPriceEntry[];

  @Field(() => [ScheduledVatRate], { description: "Oldest first." })
  vatRates!: ScheduledVatRate[];
}
