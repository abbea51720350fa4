import { DomainError, requireCaller } from "@dcx/kit";
import { Arg, Ctx, Directive, Mutation, Resolver } from "type-graphql";
import type { TelemetryContext } from "../../context";
import { INGEST_SERVICES } from "../../ingest/ingest.resolver";
import { storeUsageChanges } from "./usage-change.store";
import { RecordVmUsageChangesResult, VmUsageChangeInput } from "./usage-change.type";

@Resolver()
export class UsageChangeResolver {
  @Directive("@inaccessible")
  @Mutation(() => RecordVmUsageChangesResult, {
    description: "Stores VM state changes for metering (the vms service only). Idempotent per change id.",
  })
  async recordVmUsageChanges(
    @Arg("changes", () => [VmUsageChangeInput]) changes: VmUsageChangeInput[],
    @Ctx() ctx: TelemetryContext,
  ): Promise<RecordVmUsageChangesResult> {
    if (ctx.service === null) requireCaller(ctx.caller);
    if (ctx.service === null || !INGEST_SERVICES.includes(ctx.service)) {
      throw new DomainError("FORBIDDEN", "Only the vms service delivers usage changes");
    }
    return storeUsageChanges(ctx.db, changes);
  }
}
