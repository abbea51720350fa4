import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";

export enum OrganizationKind {
  PROVIDER = "provider",
  RESELLER = "reseller",
  CUSTOMER = "customer",
}

registerEnumType(OrganizationKind, {
  name: "OrganizationKind",
  description: "provider → reseller → customer; a customer may also sit directly under the provider.",
});

@Directive('@key(fields: "id")')
@ObjectType({ description: "A tenant: the provider, a reseller or a customer." })
export class Organization {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => OrganizationKind)
  kind!: OrganizationKind;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: "The address tax invoices show: 1–6 lines separated by line breaks (\\n).",
  })
  billingAddress!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The South African VAT number, 10 digits; null when the organisation is not VAT-registered.",
  })
  vatNumber!: string | null;

  /** Resolved by the `parent` field resolver; kept for loading. */
  parentId!: string | null;
}
