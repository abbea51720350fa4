import { badUserInput } from "@dcx/kit";
import { Arg, Ctx, Directive, ID, Query, Resolver } from "type-graphql";
import type { TenancyContext } from "../context";
import { assertMayReadInvoiceParties, MAX_INVOICE_PARTY_IDS } from "./invoice-parties.access";
import { findInvoiceParties } from "./invoice-parties.store";
import { InvoiceParty } from "./invoice-parties.type";

/**
 * The supplier and recipient details of tax invoices, e.g. for telemetry-billing's monthly
 * invoices. @inaccessible: not in the public graph; only trusted services call it.
 */
@Resolver()
export class InvoicePartiesResolver {
  @Directive("@inaccessible")
  @Query(() => [InvoiceParty], {
    description: `Name, kind, parent, billing address and VAT number of each organisation asked for (at most ${MAX_INVOICE_PARTY_IDS}), in the order asked; unknown ids are left out. Trusted services only.`,
  })
  async organizationInvoiceParties(
    @Arg("organizationIds", () => [ID]) organizationIds: string[],
    @Ctx() ctx: TenancyContext,
  ): Promise<InvoiceParty[]> {
    assertMayReadInvoiceParties(ctx);
    if (organizationIds.length > MAX_INVOICE_PARTY_IDS) {
      throw badUserInput(`At most ${MAX_INVOICE_PARTY_IDS} organisations per request`, "organizationIds");
    }
    return findInvoiceParties(ctx.db, organizationIds);
  }
}
