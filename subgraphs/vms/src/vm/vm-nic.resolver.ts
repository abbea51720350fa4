import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { VmsContext } from "../context";
import { Vm, VmNic } from "./vm.type";

@Resolver(() => Vm)
export class VmNicsResolver {
  @FieldResolver(() => [VmNic], { description: "The VM's network adapters, in the order vCenter lists them." })
  nics(@Root() vm: Vm, @Ctx() ctx: VmsContext): Promise<VmNic[]> {
    return ctx.loaders.nicsByVmId.load(vm.id);
  }
}
