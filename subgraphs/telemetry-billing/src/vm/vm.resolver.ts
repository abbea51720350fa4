import { selectedFieldNames } from "@dcx/kit";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { TelemetryContext } from "../context";
import { GuestDiskUsage, VmTelemetry } from "../telemetry/vm-telemetry.type";
import { ROLLED_METRICS } from "../metric/metric-catalogue";
import { VmMetrics } from "../vm-metrics/vm-metrics.type";
import { resolveMetricWindow } from "../window/metric-window";
import { MetricWindowInput } from "../window/metric-window.type";
import { Vm } from "./vm.type";

// Every field is nullable so that a telemetry failure stays on that field instead of blanking the
// VM list; a signed-in caller gets all-null series for a VM it cannot see (see the README).
@Resolver(() => Vm)
export class VmResolver {
  @FieldResolver(() => VmMetrics, {
    nullable: true,
    description:
      "Every metric over a window (default: LAST_DAY in 60-minute buckets), columnar. Null only with an error.",
  })
  async metrics(
    @Root() vm: Vm,
    @Arg("window", () => MetricWindowInput, { nullable: true }) window: MetricWindowInput | null,
    @Ctx() ctx: TelemetryContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<VmMetrics | null> {
    if (!ctx.caller) return null;
    const values = await ctx.loaders.vmMetrics(resolveMetricWindow(window, ctx.now), metricsSelected(info)).load(vm.id);
    const { series, ...shape } = values;
    return { ...shape, ...series } as VmMetrics;
  }

  @FieldResolver(() => VmTelemetry, {
    nullable: true,
    description: "The newest measurements, or when the VM last had any (never zeros for missing data).",
  })
  async telemetry(@Root() vm: Vm, @Ctx() ctx: TelemetryContext): Promise<VmTelemetry | null> {
    if (!ctx.caller) return null;
    const { values, ...latest } = await ctx.loaders.vmTelemetry.load(vm.id);
    return { ...latest, ...emptyValues, ...values };
  }

  @FieldResolver(() => [GuestDiskUsage], {
    nullable: true,
    description: "Each guest file system's use as VMware Tools last reported it.",
  })
  async guestDisks(@Root() vm: Vm, @Ctx() ctx: TelemetryContext): Promise<GuestDiskUsage[] | null> {
    if (!ctx.caller) return null;
    return ctx.loaders.guestDisks(ctx.now).load(vm.id);
  }
}

/** The series the query asks for; at least one, so `resolutionMinutes` still says which level answered. */
function metricsSelected(info: GraphQLResolveInfo) {
  const fields = selectedFieldNames(info);
  const metrics = ROLLED_METRICS.filter((metric) => fields.has(metric.field));
  return metrics.length > 0 ? metrics : ROLLED_METRICS.slice(0, 1);
}

const emptyValues = {
  cpu: null,
  cpuReady: null,
  memory: null,
  memoryActive: null,
  diskRead: null,
  diskWrite: null,
  diskReadIops: null,
  diskWriteIops: null,
  diskLatency: null,
  networkReceive: null,
  networkTransmit: null,
};
