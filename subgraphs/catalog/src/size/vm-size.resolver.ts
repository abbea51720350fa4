import { requireProviderStaff } from "@dcx/kit";
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { CatalogContext } from "../context";
import { assertMayPrice } from "../estimate/pricing-access";
import { estimateVmSpec } from "../estimate/vm-estimate.service";
import { VmEstimate } from "../estimate/vm-estimate.type";
import type { StorageTier } from "../vm/vm.type";
import type { VmSizeSpec } from "./vm-size.rules";
import { createVmSize, findVmSizeOnOffer, listVmSizes, retireVmSize } from "./vm-size.service";
import { CreateVmSizeInput, VmSize } from "./vm-size.type";

const toVmSize = (size: VmSizeSpec): VmSize => ({
  ...size,
  bootDisk: { tier: size.bootDisk.tier as StorageTier, capacityGb: size.bootDisk.capacityGb },
});

@Resolver(() => VmSize)
export class VmSizeResolver {
  @Query(() => [VmSize], {
    description:
      "The named VM sizes on offer: general, compute and memory families, each from the smallest up. Any signed-in caller, or the VMs service.",
  })
  async vmSizes(@Ctx() ctx: CatalogContext): Promise<VmSize[]> {
    assertMayPrice(ctx);
    return (await listVmSizes(ctx.db)).map(toVmSize);
  }

  @Query(() => VmSize, {
    nullable: true,
    description:
      "One size on offer by name (its vCPUs, RAM and boot disk); null when unknown or retired. Any signed-in caller, or the VMs service.",
  })
  async vmSize(@Arg("name", () => String) name: string, @Ctx() ctx: CatalogContext): Promise<VmSize | null> {
    assertMayPrice(ctx);
    const size = await findVmSizeOnOffer(ctx.db, name);
    return size ? toVmSize(size) : null;
  }

  @FieldResolver(() => VmEstimate, {
    description:
      "The size alone (no extra disks, licences or IPs) at the prices and VAT rate in force now, priced like estimateVm.",
  })
  async estimate(@Root() size: VmSize, @Ctx() ctx: CatalogContext): Promise<VmEstimate> {
    assertMayPrice(ctx);
    return estimateVmSpec(ctx, {
      vcpuCount: size.vcpuCount,
      memoryGb: size.memoryGb,
      disks: [size.bootDisk],
      licences: [],
      publicIpCount: 0,
    });
  }

  @Mutation(() => VmSize, { description: "Adds a named VM size. Provider owners and admins only." })
  async createVmSize(
    @Arg("input", () => CreateVmSizeInput) input: CreateVmSizeInput,
    @Ctx() ctx: CatalogContext,
  ): Promise<VmSize> {
    requireProviderStaff(ctx.caller, "change the catalog");
    return toVmSize(await createVmSize(ctx.db, { ...input, bootDisk: { ...input.bootDisk } }));
  }

  @Mutation(() => VmSize, {
    description:
      "Stops offering a named VM size (its name is not reused; estimates already given stand). Provider owners and admins only.",
  })
  async retireVmSize(@Arg("name", () => String) name: string, @Ctx() ctx: CatalogContext): Promise<VmSize> {
    requireProviderStaff(ctx.caller, "change the catalog");
    return toVmSize(await retireVmSize(ctx.db, name, ctx.at));
  }
}
