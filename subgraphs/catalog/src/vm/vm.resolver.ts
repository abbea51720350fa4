import { canSee } from "@dcx/kit";
import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import type { CatalogContext } from "../context";
import { estimateVmCost } from "./vm-cost.service";
import { VmCostEstimate } from "./vm-cost-estimate.type";
import { Vm } from "./vm.type";

@Resolver(() => Vm)
export class VmResolver {
  @Directive('@requires(fields: "vcpuCount memoryMib disks { capacityGb tier } organization { id }")')
  // Nullable so that a pricing failure stays on this field instead of blanking the VM list.
  // Also null for a VM of an organisation the caller cannot see (its reference is null anyway).
  @FieldResolver(() => VmCostEstimate, {
    nullable: true,
    description:
      "What the VM costs a month at the catalog's prices in force now, excluding VAT. Null only with an error.",
  })
  async estimatedMonthlyCost(@Root() vm: Vm, @Ctx() ctx: CatalogContext): Promise<VmCostEstimate | null> {
    if (!canSee(ctx.caller, vm.organization.id)) return null;
    return estimateVmCost(ctx, vm);
  }
}
