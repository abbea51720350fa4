import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { AlertContext } from "../alert/alert.loaders";
import { Vm } from "../vm/vm.type";
import { resolveMetricWindow } from "../window/metric-window";
import { MetricWindowInput } from "../window/metric-window.type";
import { healthLoaders } from "./health.loaders";
import { VmHealth } from "./vm-health.type";

@Resolver(() => Vm)
export class VmHealthResolver {
  // Null only without a caller or with an error; a VM of an organisation the caller cannot see
  // has no data in any bucket, exactly like a VM without samples.
  @FieldResolver(() => VmHealth, {
    nullable: true,
    description:
      "Health score per bucket of the window (default: the last 24 hours in 60-minute buckets), derived from the alert rules.",
  })
  async health(
    @Root() vm: Vm,
    @Arg("window", () => MetricWindowInput, { nullable: true }) window: MetricWindowInput | null,
    @Ctx() ctx: AlertContext,
  ): Promise<VmHealth | null> {
    if (!ctx.caller) return null;
    return healthLoaders(ctx).healthOfVm(resolveMetricWindow(window, ctx.now)).load(vm.id);
  }
}
