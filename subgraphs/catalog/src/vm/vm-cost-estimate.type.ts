import { DecimalScalar, Money } from "@dcx/kit";
import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "One priced part of a VM's monthly cost." })
export class CostLine {
  @Field(() => String, { description: 'What is charged, e.g. "4 vCPU × 730 h".' })
  description!: string;

  @Field(() => String, { description: "The catalog product whose price applies." })
  sku!: string;

  @Field(() => DecimalScalar, { description: "Exact count of the product's units, e.g. vCPU-hours or GB-months." })
  quantity!: string;

  @Field(() => Money, { description: 'Price per unit excluding VAT, at 6 decimals, e.g. "0.152300".' })
  unitPrice!: Money;

  @Field(() => Money, { description: "quantity × unitPrice rounded half away from zero to the cent." })
  amount!: Money;
}

@ObjectType({ description: "What a VM costs a month (730 hours) at the prices in force now, excluding VAT." })
export class VmCostEstimate {
  @Field(() => [CostLine])
  lines!: CostLine[];

  @Field(() => Money, { description: "The sum of the rounded lines." })
  monthlyTotal!: Money;

  @Field(() => Money, { description: "monthlyTotal / 730 rounded half away from zero to the cent." })
  hourlyRate!: Money;
}
