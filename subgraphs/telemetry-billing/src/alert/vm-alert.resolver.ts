import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from "type-graphql";
import { Vm } from "../vm/vm.type";
import { resolveMetricWindow } from "../window/metric-window";
import { MetricWindowInput } from "../window/metric-window.type";
import { type AlertContext, alertLoaders } from "./alert.loaders";
import { toVmAlert } from "./alert.store";
import { toAlertRule } from "./alert-rule.store";
import { AlertRule } from "./alert-rule.type";
import { acknowledgeAlert } from "./vm-alert.service";
import { VmAlert } from "./vm-alert.type";

@Resolver(() => Vm)
export class VmAlertResolver {
  // Null only without a caller or with an error; a VM of an organisation the caller cannot see
  // has no alerts, exactly like a VM that never alerted (as `metrics`, see the README).
  @FieldResolver(() => [VmAlert], {
    nullable: true,
    description:
      "Alerts whose time (from conditionSince until resolved, or now) overlaps the window, newest first, at most 100.",
  })
  async alerts(
    @Root() vm: Vm,
    @Arg("window", () => MetricWindowInput, { nullable: true }) window: MetricWindowInput | null,
    @Ctx() ctx: AlertContext,
  ): Promise<VmAlert[] | null> {
    if (!ctx.caller) return null;
    const resolved = resolveMetricWindow(window, ctx.now);
    return (await alertLoaders(ctx).alertsOfVm(resolved).load(vm.id)).map(toVmAlert);
  }

  @FieldResolver(() => Int, { nullable: true, description: "How many alerts are firing on the VM now." })
  async openAlertCount(@Root() vm: Vm, @Ctx() ctx: AlertContext): Promise<number | null> {
    if (!ctx.caller) return null;
    return alertLoaders(ctx).openAlertCountOfVm.load(vm.id);
  }
}

@Resolver(() => VmAlert)
export class VmAlertRuleResolver {
  @FieldResolver(() => AlertRule, { nullable: true, description: "The rule as it is now; null once it was deleted." })
  async rule(@Root() alert: VmAlert, @Ctx() ctx: AlertContext): Promise<AlertRule | null> {
    if (!alert.ruleId) return null;
    const row = await alertLoaders(ctx).ruleById.load(alert.ruleId);
    return row ? toAlertRule(row) : null;
  }
}

@Resolver()
export class AcknowledgeAlertResolver {
  @Mutation(() => VmAlert, {
    description: "Marks an alert as being dealt with (owners, admins, members); the first acknowledgement is kept.",
  })
  async acknowledgeAlert(@Arg("id", () => ID) id: string, @Ctx() ctx: AlertContext): Promise<VmAlert> {
    return toVmAlert(await acknowledgeAlert(ctx.db, ctx.caller, id, ctx.now));
  }
}
