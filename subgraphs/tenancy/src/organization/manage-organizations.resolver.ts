import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from "type-graphql";
import type { TenancyContext } from "../context";
import { createOrganizationAs } from "./manage-organizations";
import { Organization, OrganizationKind } from "./organization.type";

@InputType("CreateOrganizationInput")
export class CreateOrganizationArgs {
  @Field(() => String, { description: "2–100 characters, unique regardless of case." })
  name!: string;

  @Field(() => OrganizationKind, { description: "RESELLER or CUSTOMER." })
  kind!: OrganizationKind;

  @Field(() => ID, { nullable: true, description: "Where it sits; defaults to the caller's own organisation." })
  parentId?: string | null;
}

@Resolver()
export class ManageOrganizationsResolver {
  @Mutation(() => Organization, {
    description:
      "Provider staff (owners, admins) create resellers and customers; a reseller's owners and admins create customers under it. NOT_FOUND for a parent the caller does not manage; FORBIDDEN for other roles and read-only credentials.",
  })
  createOrganization(
    @Arg("input", () => CreateOrganizationArgs) input: CreateOrganizationArgs,
    @Ctx() ctx: TenancyContext,
  ): Promise<Organization> {
    return createOrganizationAs(ctx.db, ctx.caller, input);
  }
}
