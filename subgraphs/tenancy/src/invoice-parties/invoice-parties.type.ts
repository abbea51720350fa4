import { Directive, Field, ID, ObjectType } from "type-graphql";
import { OrganizationKind } from "../organization/organization.type";

/**
 * An organisation as a tax invoice names it, with its place in the tree (who invoices whom
 * follows `kind` and `parentId`). @inaccessible: only trusted services read it, directly.
 */
@Directive("@inaccessible")
@ObjectType({ description: "An organisation as a tax invoice names it. Trusted services only." })
export class InvoiceParty {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => OrganizationKind)
  kind!: OrganizationKind;

  @Field(() => ID, { nullable: true, description: "The organisation above it; null for the provider." })
  parentId!: string | null;

  @Field(() => String, { nullable: true, description: "1–6 lines separated by line breaks (\\n)." })
  billingAddress!: string | null;

  @Field(() => String, { nullable: true, description: "10 digits; null when not VAT-registered." })
  vatNumber!: string | null;
}
