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

  /** Resolved by the `parent` field resolver; kept for loading. */
  parentId!: string | null;
}
