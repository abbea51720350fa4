import { Money, visibleOrganizations } from "@dcx/kit";
import DataLoader from "dataloader";
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from "type-graphql";
import type { TelemetryContext } from "../../context";
import { Vm } from "../../vm/vm.type";
import { findVmMonthCosts, type VmMonthCost as VmMonthCostValues } from "./current-bill.service";

const CURRENCY = "ZAR";

@ObjectType({
  description: "What a VM has cost this billing month, and its forecast for the whole month (VAT included).",
})
export class VmMonthCost {
  @Field(() => Money, { description: "Metered usage this month so far, priced as on the bill." }) toDate!: Money;
  @Field(() => Money, {
    description: "Month to date plus the VM's last metered day carried over the hours left in the month.",
  })
  projectedMonthEnd!: Money;
  @Field(() => Date, { nullable: true, description: "Usage up to this hour is included; null before any." })
  meteredUntil!: Date | null;
}

const loaders = new WeakMap<TelemetryContext, DataLoader<string, VmMonthCostValues>>();

/** One loader per request, seeing only the caller's organisations: a page of VMs is three statements. */
function vmMonthCosts(ctx: TelemetryContext): DataLoader<string, VmMonthCostValues> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader((ids) => findVmMonthCosts(ctx.db, ids, visibleOrganizations(ctx.caller), ctx.now));
    loaders.set(ctx, loader);
  }
  return loader;
}

@Resolver(() => Vm)
export class VmMonthCostResolver {
  @FieldResolver(() => VmMonthCost, {
    nullable: true,
    description:
      "This month's metered cost and its month-end forecast. Null without a caller; zero for a VM the caller cannot see.",
  })
  async monthCost(@Root() vm: Vm, @Ctx() ctx: TelemetryContext): Promise<VmMonthCost | null> {
    if (!ctx.caller) return null;
    const cost = await vmMonthCosts(ctx).load(vm.id);
    return {
      toDate: Money.fromCents(cost.toDateCents, CURRENCY),
      projectedMonthEnd: Money.fromCents(cost.projectedCents, CURRENCY),
      meteredUntil: cost.meteredUntil,
    };
  }
}
