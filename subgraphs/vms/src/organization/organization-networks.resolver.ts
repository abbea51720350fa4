import { canSee } from "@dcx/kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { VmsContext } from "../context";
import { Network } from "../network/network.type";
import { Organization } from "./organization.type";

@Resolver(() => Organization)
export class OrganizationNetworksResolver {
  // Nullable so that a failure here leaves the rest of the organisation readable.
  @FieldResolver(() => [Network], {
    nullable: true,
    description: "The organisation's networks, by name. Null only with an error.",
  })
  async networks(@Root() organization: Organization, @Ctx() ctx: VmsContext): Promise<Network[]> {
    if (!canSee(ctx.caller, organization.id)) return [];
    return ctx.loaders.networksByOrganizationId.load(organization.id);
  }
}
