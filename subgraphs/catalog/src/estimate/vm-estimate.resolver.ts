import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { CatalogContext } from "../context";
import { assertMayPrice } from "./pricing-access";
import { estimateVmRequest } from "./vm-estimate.service";
import { VmEstimateInput } from "./vm-estimate.input";
import { VmEstimate } from "./vm-estimate.type";
import { ESTIMATE_BATCH_MAX, estimateVmRequests } from "./vm-estimates.service";

@Resolver(() => VmEstimate)
export class VmEstimateResolver {
  @Query(() => VmEstimate, {
    description:
      "Prices a VM specification (a named size or vCPUs and RAM, plus extras) at the prices and VAT rate in force now. Any signed-in caller, or the VMs service.",
  })
  async estimateVm(
    @Arg("input", () => VmEstimateInput) input: VmEstimateInput,
    @Ctx() ctx: CatalogContext,
  ): Promise<VmEstimate> {
    assertMayPrice(ctx);
    return estimateVmRequest(ctx, input);
  }

  @Query(() => [VmEstimate], {
    description: `Prices up to ${ESTIMATE_BATCH_MAX} specifications at one instant, each as estimateVm would, in order; a bad one refuses the call naming it (inputs[i].field). Any signed-in caller, or the VMs service.`,
  })
  async estimateVms(
    @Arg("inputs", () => [VmEstimateInput]) inputs: VmEstimateInput[],
    @Ctx() ctx: CatalogContext,
  ): Promise<VmEstimate[]> {
    assertMayPrice(ctx);
    return estimateVmRequests(ctx, inputs);
  }
}
