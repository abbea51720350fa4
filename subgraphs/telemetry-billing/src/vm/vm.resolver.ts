import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { TelemetryContext } from "../context";
import { resolveMetricWindow } from "../vm-metrics/vm-metrics.service";
import { MetricWindowInput, VmMetrics } from "../vm-metrics/vm-metrics.type";
import { Vm } from "./vm.type";

@Resolver(() => Vm)
export class VmResolver {
  // Nullable so that a telemetry failure stays on this field instead of blanking the VM list.
  @FieldResolver(() => VmMetrics, {
    nullable: true,
    description:
      "CPU and memory use over a window (default: the last 24 hours in 60-minute buckets). Null only with an error.",
  })
  async metrics(
    @Root() vm: Vm,
    @Arg("window", () => MetricWindowInput, { nullable: true }) window: MetricWindowInput | null,
    @Ctx() ctx: TelemetryContext,
  ): Promise<VmMetrics | null> {
    // Nothing before signing in. A signed-in caller gets empty series for a VM of an
    // organisation it cannot see: its samples are filtered out in SQL (see the README).
    if (!ctx.caller) return null;
    const resolved = resolveMetricWindow(window, ctx.now);
    return ctx.loaders.vmMetricsForWindow(resolved).load(vm.id);
  }
}
