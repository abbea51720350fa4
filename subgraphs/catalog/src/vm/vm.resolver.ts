import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import type { CatalogContext } from "../context";
import { estimateVmCost } from "./vm-cost.service";
import { VmCostEstimate } from "./vm-cost-estimate.type";
import { Vm } from "./vm.type";

@Resolver(() => Vm)
export class VmResolver {
  @Directive('@requires(fields: "vcpuCount memoryMib disks { capacityGb tier }")')
  // Nullable so that a pricing failure stays on this field instead of blanking the VM list.
  @FieldResolver(() => VmCostEstimate, {
    nullable: true,
    description:
      "What the VM costs a month at the catalog's prices in force now, excluding VAT. Null only with an error.",
  })
  estimatedMonthlyCost(@Root() vm: Vm, @Ctx() ctx: CatalogContext): Promise<VmCostEstimate> {
    return estimateVmCost(ctx, vm);
  }
}
