import { badUserInput, canSee, isUuid, Money, visibleOrganizations } from "@dcx/kit";
import DataLoader from "dataloader";
import { Arg, Ctx, FieldResolver, ID, Int, Resolver, Root } from "type-graphql";
import type { TelemetryContext } from "../context";
import { ROLLED_METRICS, toUnit } from "../metric/metric-catalogue";
import { Organization } from "../organization/organization.type";
import { metricWindowKey, resolveMetricWindow } from "../window/metric-window";
import { MetricWindowInput } from "../window/metric-window.type";
import { decodeVmRankingCursor, encodeVmRankingCursor } from "./vm-ranking.cursor";
import { findVmRankingPages, type VmRankingArgs, type VmRankingPage } from "./vm-ranking.store";
import { VmRankingConnection, VmRankingOrder } from "./vm-ranking.type";

export const VM_RANKING_PAGE = { defaultSize: 50, maxSize: 200, maxVmIds: 200 } as const;
const CURRENCY = "ZAR";

const loaders = new WeakMap<TelemetryContext, Map<string, DataLoader<string, VmRankingPage>>>();

/** One loader per request and distinct arguments: organisations ranked alike share one statement. */
function rankingLoader(ctx: TelemetryContext, args: VmRankingArgs): DataLoader<string, VmRankingPage> {
  const byArgs = loaders.get(ctx) ?? new Map<string, DataLoader<string, VmRankingPage>>();
  loaders.set(ctx, byArgs);
  const key = JSON.stringify([args.by, args.first, args.after, metricWindowKey(args.window), args.vmIds]);
  let loader = byArgs.get(key);
  if (!loader) {
    loader = new DataLoader((ids) => findVmRankingPages(ctx.db, ids, args, visibleOrganizations(ctx.caller), ctx.now));
    byArgs.set(key, loader);
  }
  return loader;
}

@Resolver(() => Organization)
export class OrganizationVmRankingResolver {
  // Nullable so that a failure here leaves the rest of the organisation readable.
  @FieldResolver(() => VmRankingConnection, {
    nullable: true,
    description:
      "The organisation's own VMs (as `vms` lists them) ranked by cost this month or by CPU, highest first, a page at a time; VMs without data last. Null only with an error.",
  })
  async vmRanking(
    @Root() organization: Organization,
    @Arg("by", () => VmRankingOrder) by: VmRankingOrder,
    @Arg("window", () => MetricWindowInput, {
      nullable: true,
      description: "CPU_AVERAGE only: the window averaged (default LAST_DAY). Costs are this billing month's.",
    })
    window: MetricWindowInput | null,
    @Arg("vmIds", () => [ID], {
      nullable: true,
      description: `Only these of the organisation's VMs (at most ${VM_RANKING_PAGE.maxVmIds}), e.g. those a search of \`vms\` found.`,
    })
    vmIds: string[] | null,
    @Arg("first", () => Int, {
      nullable: true,
      defaultValue: VM_RANKING_PAGE.defaultSize,
      description: `VMs per page, 1–${VM_RANKING_PAGE.maxSize}.`,
    })
    first: number | null,
    @Arg("after", () => String, { nullable: true, description: "The `endCursor` of the previous page." })
    after: string | null,
    @Ctx() ctx: TelemetryContext,
  ): Promise<VmRankingConnection> {
    const args = parseRankingArgs(by, window, vmIds, first, after, ctx.now);
    const cpu = by === VmRankingOrder.CPU_AVERAGE;
    const shape = { since: cpu ? args.window.since : null, until: cpu ? args.window.until : null };
    // An organisation the caller cannot see has no VMs to rank (its reference is null anyway).
    if (!canSee(ctx.caller, organization.id)) {
      const pageInfo = { hasNextPage: false, endCursor: null };
      return { edges: [], pageInfo, totalCount: 0, withDataCount: 0, meteredUntil: null, ...shape };
    }
    const page = await rankingLoader(ctx, args).load(organization.id);
    const edges = page.vms.map(({ vmId, value }) => ({
      cursor: encodeVmRankingCursor(by, { value, vmId }),
      node: { id: vmId },
      hasData: value !== null,
      cost: !cpu && value !== null ? Money.fromCents(BigInt(value), CURRENCY) : null,
      cpuAveragePercent: cpu && value !== null ? toUnit(ROLLED_METRICS[0], Number(value)) : null,
    }));
    return {
      edges,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: page.totalCount,
      withDataCount: page.withDataCount,
      meteredUntil: cpu ? null : page.meteredUntil,
      ...shape,
    };
  }
}

function parseRankingArgs(
  by: VmRankingOrder,
  window: MetricWindowInput | null,
  vmIds: string[] | null,
  first: number | null,
  after: string | null,
  now: Date,
): VmRankingArgs {
  const size = first ?? VM_RANKING_PAGE.defaultSize;
  if (!Number.isInteger(size) || size < 1 || size > VM_RANKING_PAGE.maxSize) {
    throw badUserInput(`first must be a whole number from 1 to ${VM_RANKING_PAGE.maxSize}`, "first");
  }
  if (vmIds && vmIds.length > VM_RANKING_PAGE.maxVmIds) {
    throw badUserInput(`vmIds may name at most ${VM_RANKING_PAGE.maxVmIds} VMs`, "vmIds");
  }
  const ids = vmIds ? [...new Set(vmIds.map((id) => id.toLowerCase()))].sort() : null;
  if (ids?.some((id) => !isUuid(id))) throw badUserInput("vmIds must be VM ids", "vmIds");
  return {
    by,
    first: size,
    after: decodeVmRankingCursor(by, after),
    window: resolveMetricWindow(by === VmRankingOrder.CPU_AVERAGE ? window : null, now),
    vmIds: ids,
  };
}
