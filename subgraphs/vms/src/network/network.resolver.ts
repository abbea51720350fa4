import { requireCaller } from "@dcx/kit";
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { VmsContext } from "../context";
import { Organization } from "../organization/organization.type";
import { loadVisibleNetwork } from "./network.access";
import { IpAllocation, Network } from "./network.type";

@Resolver(() => Network)
export class NetworkResolver {
  // UNAUTHENTICATED without a caller; null for a network the caller cannot see, as for an unknown id.
  @Query(() => Network, { nullable: true, description: "One network by id." })
  network(@Arg("id", () => ID) id: string, @Ctx() ctx: VmsContext): Promise<Network | null> {
    requireCaller(ctx.caller);
    return loadVisibleNetwork(ctx, id);
  }

  @FieldResolver(() => [IpAllocation], { description: "Static addresses handed out, by address." })
  allocations(@Root() network: Network, @Ctx() ctx: VmsContext): Promise<IpAllocation[]> {
    return ctx.loaders.allocationsByNetworkId.load(network.id);
  }

  @FieldResolver(() => Int, { description: "Addresses of the static range not yet handed out." })
  async freeStaticAddressCount(@Root() network: Network, @Ctx() ctx: VmsContext): Promise<number> {
    const allocated = await ctx.loaders.allocationCountByNetworkId.load(network.id);
    return network.staticRange.size - allocated;
  }

  @FieldResolver(() => Organization, { description: "The organisation the network belongs to." })
  organization(@Root() network: Network): Organization {
    return { id: network.organizationId };
  }
}
