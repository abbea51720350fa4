import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { VmsContext } from "../context";
import { assertCanManageNetworks, loadManageableNetwork } from "./network.access";
import { createNetwork, deleteNetwork, updateNetworkRanges } from "./network.service";
import { CreateNetworkInput, IpRangeInput, Network } from "./network.type";

/** Owners and admins (of the organisation, its reseller or the provider) manage networks. */
@Resolver(() => Network)
export class NetworkMutationsResolver {
  @Mutation(() => Network, {
    description:
      "A new IPv4 network for an organisation, with its port group in vCenter. BAD_USER_INPUT (with `field`) for a bad subnet, gateway or range; CONFLICT for a name in use or a subnet overlapping another network of the organisation; HYPERVISOR_UNAVAILABLE when vCenter could not make the port group (nothing is written).",
  })
  createNetwork(
    @Arg("input", () => CreateNetworkInput) input: CreateNetworkInput,
    @Ctx() ctx: VmsContext,
  ): Promise<Network> {
    assertCanManageNetworks(ctx.caller, input.organizationId);
    return createNetwork(ctx.db, input, ctx.deps.hypervisor);
  }

  @Mutation(() => Network, {
    description:
      "Moves a network's DHCP/static split. CONFLICT when an allocated address would fall outside the new static range.",
  })
  async updateNetworkRanges(
    @Arg("id", () => ID) id: string,
    @Arg("dhcpRange", () => IpRangeInput) dhcpRange: IpRangeInput,
    @Arg("staticRange", () => IpRangeInput) staticRange: IpRangeInput,
    @Ctx() ctx: VmsContext,
  ): Promise<Network> {
    await loadManageableNetwork(ctx, id);
    return updateNetworkRanges(ctx.db, id, dhcpRange, staticRange);
  }

  @Mutation(() => ID, {
    description:
      "Deletes a network and its port group in vCenter, and answers its id. CONFLICT while any of its addresses is allocated or a VM in vCenter still uses the port group; HYPERVISOR_UNAVAILABLE when vCenter could not be reached (the network stays).",
  })
  async deleteNetwork(@Arg("id", () => ID) id: string, @Ctx() ctx: VmsContext): Promise<string> {
    await loadManageableNetwork(ctx, id);
    await deleteNetwork(ctx.db, id, ctx.deps.hypervisor);
    return id;
  }
}
