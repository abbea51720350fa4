import { requireCaller } from "@dcx/kit";
import { Arg, Ctx, FieldResolver, Float, ID, Query, Resolver, Root } from "type-graphql";
import type { VmsContext } from "../context";
import { Organization } from "../organization/organization.type";
import { loadVisibleVm } from "./vm.access";
import { Vm, VmDisk } from "./vm.type";

const MIB_PER_GB = 1024;

@Resolver(() => Vm)
export class VmResolver {
  // UNAUTHENTICATED without a caller; null for a VM the caller cannot see, as for an unknown id.
  @Query(() => Vm, { nullable: true, description: "One VM by id." })
  vm(@Arg("id", () => ID) id: string, @Ctx() ctx: VmsContext): Promise<Vm | null> {
    requireCaller(ctx.caller);
    return loadVisibleVm(ctx, id);
  }

  @FieldResolver(() => Float, { description: "Memory in GB (memoryMib / 1024), for display." })
  memoryGb(@Root() vm: Vm): number {
    return vm.memoryMib / MIB_PER_GB;
  }

  @FieldResolver(() => [VmDisk], { description: "The VM's disks, in the order they were attached." })
  disks(@Root() vm: Vm, @Ctx() ctx: VmsContext): Promise<VmDisk[]> {
    return ctx.loaders.disksByVmId.load(vm.id);
  }

  @FieldResolver(() => Organization, { description: "The organisation whose inventory holds the VM." })
  organization(@Root() vm: Vm): Organization {
    return { id: vm.organizationId };
  }
}
