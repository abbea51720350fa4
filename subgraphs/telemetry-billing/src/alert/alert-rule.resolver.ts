import { badUserInput, canSee } from "@dcx/kit";
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from "type-graphql";
import { Organization } from "../organization/organization.type";
import { type AlertContext, alertLoaders } from "./alert.loaders";
import { toVmAlert } from "./alert.store";
import { createAlertRule, deleteAlertRule, updateAlertRule } from "./alert-rule.service";
import { toAlertRule } from "./alert-rule.store";
import { AlertRule, CreateAlertRuleInput, UpdateAlertRuleInput } from "./alert-rule.type";
import { VmAlert } from "./vm-alert.type";

export const MAX_OPEN_ALERTS = 200;

@Resolver(() => Organization)
export class OrganizationAlertResolver {
  // Organisation references are null unless visible; checked again here so that holds whatever reaches it.
  // Nullable so that a telemetry failure stays on this field instead of blanking the organisation.
  @FieldResolver(() => [AlertRule], {
    nullable: true,
    description:
      "The organisation's alert rules: the defaults in a fixed order, then its own by age. Null only with an error.",
  })
  async alertRules(@Root() organization: Organization, @Ctx() ctx: AlertContext): Promise<AlertRule[] | null> {
    if (!canSee(ctx.caller, organization.id)) return [];
    return (await alertLoaders(ctx).rulesOfOrganization.load(organization.id)).map(toAlertRule);
  }

  @FieldResolver(() => [VmAlert], {
    nullable: true,
    description: "Alerts firing now on the organisation's VMs, newest first. Null only with an error.",
  })
  async openAlerts(
    @Root() organization: Organization,
    @Arg("first", () => Int, { defaultValue: 50, description: `1–${MAX_OPEN_ALERTS}.` }) first: number,
    @Ctx() ctx: AlertContext,
  ): Promise<VmAlert[] | null> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_OPEN_ALERTS) {
      throw badUserInput(`first must be from 1 to ${MAX_OPEN_ALERTS}`, "first");
    }
    if (!canSee(ctx.caller, organization.id)) return [];
    return (await alertLoaders(ctx).openAlertsOfOrganization(first).load(organization.id)).map(toVmAlert);
  }
}

@Resolver()
export class AlertRuleMutationResolver {
  @Mutation(() => AlertRule, { description: "Adds a custom alert rule (owners and admins)." })
  async createAlertRule(
    @Arg("input", () => CreateAlertRuleInput) input: CreateAlertRuleInput,
    @Ctx() ctx: AlertContext,
  ): Promise<AlertRule> {
    return toAlertRule(await createAlertRule(ctx.db, ctx.caller, input, ctx.now));
  }

  @Mutation(() => AlertRule, {
    description:
      "Changes an alert rule, default or custom (owners and admins). Changing its condition or disabling it resolves its open alerts.",
  })
  async updateAlertRule(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateAlertRuleInput) input: UpdateAlertRuleInput,
    @Ctx() ctx: AlertContext,
  ): Promise<AlertRule> {
    return toAlertRule(await updateAlertRule(ctx.db, ctx.caller, id, input, ctx.now));
  }

  @Mutation(() => ID, {
    description:
      "Deletes a custom alert rule and resolves its open alerts (owners and admins); default rules are CONFLICT.",
  })
  deleteAlertRule(@Arg("id", () => ID) id: string, @Ctx() ctx: AlertContext): Promise<string> {
    return deleteAlertRule(ctx.db, ctx.caller, id, ctx.now);
  }
}
