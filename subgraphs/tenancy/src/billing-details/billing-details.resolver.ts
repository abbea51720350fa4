import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { TenancyContext } from "../context";
import { Organization } from "../organization/organization.type";
import { updateBillingDetailsAs } from "./billing-details.service";

/**
 * Tax invoices show each party's name, address and VAT number: an organisation's owners and
 * admins keep its details, and so do those of the organisation above it (its reseller, the provider).
 */
@Resolver()
export class BillingDetailsResolver {
  @Mutation(() => Organization, {
    description:
      "Sets the organisation's billing address (1–6 lines, at most 400 characters) and South African VAT number (10 digits starting with 4; spaces allowed). An argument left out keeps its value; null clears it. Owners and admins of the organisation or of one above it; NOT_FOUND for an organisation the caller does not manage, FORBIDDEN for other roles and read-only credentials.",
  })
  updateBillingDetails(
    @Arg("organizationId", () => ID) organizationId: string,
    @Arg("billingAddress", () => String, { nullable: true }) billingAddress: string | null | undefined,
    @Arg("vatNumber", () => String, { nullable: true }) vatNumber: string | null | undefined,
    @Ctx() ctx: TenancyContext,
  ): Promise<Organization> {
    return updateBillingDetailsAs(ctx.db, ctx.caller, organizationId, { billingAddress, vatNumber });
  }
}
