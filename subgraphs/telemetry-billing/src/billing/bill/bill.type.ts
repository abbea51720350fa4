import { DecimalScalar, Money } from "@dcx/kit";
import { Field, ID, ObjectType } from "type-graphql";
import { Vm } from "../../vm/vm.type";

@ObjectType({ description: "One product's use by one VM at one price: what a bill line charges." })
export class BillLine {
  @Field(() => ID, { description: "The VM, also once it is deleted." }) vmId!: string;
  @Field(() => Vm, { nullable: true, description: "Null once the VM is deleted (its usage is still billed)." })
  vm!: Vm | null;
  @Field(() => String, { description: "Catalog SKU, e.g. compute.vcpu." }) sku!: string;
  @Field(() => String, { description: "The product's name." }) description!: string;
  @Field(() => String, { description: "What the price is per: vcpu_hour, gb_ram_hour, gb_month…" }) unit!: string;
  @Field(() => DecimalScalar, {
    description: "Units billed, 4 decimals; a month counts 730 hours whatever its length.",
  })
  quantity!: string;
  @Field(() => Money, { description: "Price per unit excluding VAT (6 decimals)." }) unitPrice!: Money;
  @Field(() => DecimalScalar, { description: 'VAT rate on the line, e.g. "0.1500".' }) vatRate!: string;
  @Field(() => Money, { description: "Quantity × unit price, rounded to the cent, excluding VAT." }) amount!: Money;
}

@ObjectType({ description: "VAT charged at one rate." })
export class BillVat {
  @Field(() => DecimalScalar) rate!: string;
  @Field(() => Money, { description: "The lines' amounts at this rate." }) taxable!: Money;
  @Field(() => Money) vat!: Money;
}

@ObjectType({ description: "An organisation's VMs' charges for the billing month so far (South African time)." })
export class CurrentBill {
  @Field(() => ID, { description: 'The month, e.g. "2026-11".' }) month!: string;
  @Field(() => Date) periodStart!: Date;
  @Field(() => Date) periodEnd!: Date;
  @Field(() => Date, { nullable: true, description: "Usage up to this hour is included; null before any." })
  meteredUntil!: Date | null;
  @Field(() => [BillLine], { description: "Per VM and product, ordered by VM." }) lines!: BillLine[];
  @Field(() => Money, { description: "Sum of the lines, excluding VAT." }) subtotal!: Money;
  @Field(() => [BillVat]) vatByRate!: BillVat[];
  @Field(() => Money) vat!: Money;
  @Field(() => Money, { description: "Subtotal plus VAT." }) total!: Money;
  @Field(() => Money, {
    description:
      "Month-end total if the last metered day's spending continues for the rest of the month, VAT included.",
  })
  projectedTotal!: Money;
}
