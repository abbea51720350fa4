import { Arg, Ctx, FieldResolver, Float, ID, Query, Resolver, Root } from "type-graphql";
import type { VmsContext } from "../context";
import { Organization } from "../organization/organization.type";
import { Vm, VmDisk } from "./vm.type";

const MIB_PER_GB = 1024;

@Resolver(() => Vm)
export class VmResolver {
  @Query(() => Vm, { nullable: true, description: "One VM by id." })
  vm(@Arg("id", () => ID) id: string, @Ctx() ctx: VmsContext): Promise<Vm | null> {
    return ctx.loaders.vmById.load(id);
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
