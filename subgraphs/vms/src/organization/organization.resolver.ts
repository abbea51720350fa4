import { canSee } from "@dcx/kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { VmsContext } from "../context";
import { Vm } from "../vm/vm.type";
import { Organization } from "./organization.type";

@Resolver(() => Organization)
export class OrganizationVmsResolver {
  // Nullable so that an inventory failure leaves the rest of the organisation readable.
  @FieldResolver(() => [Vm], {
    nullable: true,
    description: "The organisation's VM inventory, by name. Null only with an error.",
  })
  async vms(@Root() organization: Organization, @Ctx() ctx: VmsContext): Promise<Vm[]> {
    // An organisation the caller cannot see has no VMs to show (its reference is null anyway).
    if (!canSee(ctx.caller, organization.id)) return [];
    return ctx.loaders.vmsByOrganizationId.load(organization.id);
  }
}
