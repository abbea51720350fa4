import { canSee, isUuid, selectedFieldNames } from "@dcx/kit";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Directive, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { TelemetryContext } from "../context";
import { Organization } from "../organization/organization.type";
import { resolveMetricWindow } from "../window/metric-window";
import { MetricWindowInput } from "../window/metric-window.type";
import { OrganizationUsage } from "./usage.type";

/** Fields that need the per-bucket and per-VM grouping; the totals alone are one cheaper pass. */
const DETAIL_FIELDS = ["cpu", "memory", "topVmsByCpu"];

@Resolver(() => Organization)
export class OrganizationUsageResolver {
  @Directive('@requires(fields: "scopeOrganizationIds")')
  @FieldResolver(() => OrganizationUsage, {
    nullable: true,
    description:
      "CPU and memory of the organisation's VMs and those of every organisation under it the caller may see, over a window (default LAST_DAY). Null only with an error.",
  })
  async usage(
    @Root() organization: Organization,
    @Arg("window", () => MetricWindowInput, { nullable: true }) window: MetricWindowInput | null,
    @Ctx() ctx: TelemetryContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<OrganizationUsage | null> {
    if (!canSee(ctx.caller, organization.id)) return null;
    const resolved = resolveMetricWindow(window, ctx.now);
    // Tenancy sent the scope for this caller; it is checked against the caller again here, so a
    // representation can never widen what the caller sees.
    const scope = new Set([organization.id, ...(organization.scopeOrganizationIds ?? [])]);
    const memberIds = [...scope].filter((id) => isUuid(id) && canSee(ctx.caller, id));
    const selected = selectedFieldNames(info);
    const detail = DETAIL_FIELDS.some((field) => selected.has(field));
    const usage = await ctx.loaders
      .organizationUsage(resolved, detail)
      .load({ organizationId: organization.id, memberIds });
    return {
      ...usage,
      topVmsByCpu: usage.topVmsByCpu.map(({ vmId, ...figures }) => ({ vm: { id: vmId }, ...figures })),
    };
  }
}
