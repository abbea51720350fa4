import { requireCaller } from "@dcx/kit";
import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { CatalogContext } from "../context";
import { estimateVmRequest } from "./vm-estimate.service";
import { VmEstimateInput } from "./vm-estimate.input";
import { VmEstimate } from "./vm-estimate.type";

@Resolver(() => VmEstimate)
export class VmEstimateResolver {
  @Query(() => VmEstimate, {
    description:
      "Prices a VM specification (a named size or vCPUs and RAM, plus extras) at the prices and VAT rate in force now. Any signed-in caller.",
  })
  async estimateVm(
    @Arg("input", () => VmEstimateInput) input: VmEstimateInput,
    @Ctx() ctx: CatalogContext,
  ): Promise<VmEstimate> {
    requireCaller(ctx.caller);
    return estimateVmRequest(ctx, input);
  }
}
