import { DomainError, requireCaller } from "@dcx/kit";
import { Arg, Ctx, Directive, Mutation, Resolver } from "type-graphql";
import type { TelemetryContext } from "../context";
import { inputFieldOf, ROLLED_METRICS } from "../metric/metric-catalogue";
import { recordPerformance } from "../sample/sample.service";
import type { MetricValues } from "../sample/sample.types";
import {
  GuestDiskSampleInput,
  PolledVmInput,
  RecordVmPerformanceResult,
  VmPerformanceSampleInput,
} from "./ingest.type";

/** Services that deliver telemetry: the vms subgraph owns the vCenter connection. */
export const INGEST_SERVICES: readonly string[] = ["vms"];

@Resolver()
export class IngestResolver {
  @Directive("@inaccessible")
  @Mutation(() => RecordVmPerformanceResult, {
    description: "Stores a collector delivery (the vms service only). Idempotent per VM and instant.",
  })
  async recordVmPerformance(
    @Arg("vms", () => [PolledVmInput]) vms: PolledVmInput[],
    @Arg("samples", () => [VmPerformanceSampleInput]) samples: VmPerformanceSampleInput[],
    @Arg("guestDisks", () => [GuestDiskSampleInput]) guestDisks: GuestDiskSampleInput[],
    @Ctx() ctx: TelemetryContext,
  ): Promise<RecordVmPerformanceResult> {
    if (ctx.service === null) requireCaller(ctx.caller);
    if (ctx.service === null || !INGEST_SERVICES.includes(ctx.service)) {
      throw new DomainError("FORBIDDEN", "Only the vms service delivers telemetry");
    }
    const report = await recordPerformance(ctx.db, {
      vms,
      samples: samples.map((sample) => ({
        vmId: sample.vmId,
        organizationId: sample.organizationId,
        sampledAt: sample.sampledAt,
        values: valuesOf(sample),
        uptimeSeconds: sample.uptimeSeconds ?? null,
      })),
      guestDisks,
    });
    ctx.deps.onDelivered(report);
    return report;
  }
}

const valuesOf = (sample: VmPerformanceSampleInput): MetricValues =>
  Object.fromEntries(
    ROLLED_METRICS.map((m) => [
      m.column,
      (sample as unknown as Record<string, number | null | undefined>)[inputFieldOf(m.column)] ?? null,
    ]),
  );
