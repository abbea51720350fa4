import { Money } from "@dcx/kit";
import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";

export enum ProductCategory {
  COMPUTE = "compute",
  STORAGE = "storage",
  NETWORK = "network",
  LICENCE = "licence",
  BACKUP = "backup",
  SUPPORT = "support",
}

registerEnumType(ProductCategory, { name: "ProductCategory", description: "What kind of thing a product sells." });

export enum ProductUnit {
  VCPU_HOUR = "vcpu_hour",
  GB_RAM_HOUR = "gb_ram_hour",
  GB_MONTH = "gb_month",
  IP_MONTH = "ip_month",
  GB_TRANSFER = "gb_transfer",
  INSTANCE_MONTH = "instance_month",
  MONTH = "month",
  CORE_PACK_HOUR = "core_pack_hour",
}

registerEnumType(ProductUnit, {
  name: "ProductUnit",
  description: "The quantity a unit price is for, e.g. one vCPU for one hour or one GB for one month.",
});

@Directive('@key(fields: "id")')
@ObjectType({ description: "A priced item of the catalog, with the price in force now." })
export class Product {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Stable identifier, e.g. "compute.vcpu".' })
  sku!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => ProductCategory)
  category!: ProductCategory;

  @Field(() => ProductUnit)
  unit!: ProductUnit;

  @Field(() => Money, {
    description: 'Price per unit excluding VAT, at the stored precision of 6 decimals, e.g. "0.350000".',
  })
  unitPrice!: Money;

  @Field(() => Date, { description: "When the price in force now took effect." })
  priceEffectiveFrom!: Date;
}
