import { DecimalScalar, Money } from "@dcx/kit";
import { Field, ObjectType } from "type-graphql";
import { CostLine } from "../vm/vm-cost-estimate.type";

@ObjectType({ description: "The VAT on an estimate's subtotal." })
export class VatCharge {
  @Field(() => DecimalScalar, { description: 'The rate in force, as a fraction, e.g. "0.1500".' })
  rate!: string;

  @Field(() => Date, { description: "When that rate took effect." })
  effectiveFrom!: Date;

  @Field(() => Money, { description: "monthlySubtotal × rate rounded half away from zero to the cent." })
  amount!: Money;
}

@ObjectType({ description: "What a VM specification costs a month (730 hours) at the prices in force now." })
export class VmEstimate {
  @Field(() => [CostLine])
  lines!: CostLine[];

  @Field(() => Money, { description: "The sum of the rounded lines, excluding VAT." })
  monthlySubtotal!: Money;

  @Field(() => Money, { description: "monthlySubtotal / 730 rounded half away from zero to the cent, excl. VAT." })
  hourlyRate!: Money;

  @Field(() => VatCharge)
  vat!: VatCharge;

  @Field(() => Money, { description: "monthlySubtotal + VAT." })
  monthlyTotal!: Money;
}
