import { canSee, DecimalScalar } from "@dcx/kit";
import DataLoader from "dataloader";
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import type { TelemetryContext } from "../../context";
import type { BudgetAlertRow } from "../../db/budget.schema";
import { Organization } from "../../organization/organization.type";
import { billingMonthOf } from "../bill/billing-month";
import { currentBills } from "../bill/current-bill.resolver";
import { randMoney as rand } from "../bill/priced-line.format";
import { assertMaySetBudget } from "./budget-access";
import { budgetCents, setMonthlyBudget } from "./budget.service";
import { findBudgetAlerts, findBudgets } from "./budget.store";
import { type BudgetBasis, MonthlyBudget } from "./budget.type";

interface BudgetLoaders {
  budgets: DataLoader<string, bigint | null>;
  thresholds: DataLoader<string, BudgetAlertRow[]>;
}
const loaders = new WeakMap<TelemetryContext, BudgetLoaders>();

/** Per request: any number of organisations' budgets cost two statements, plus their bills' batch. */
function budgetLoaders(ctx: TelemetryContext): BudgetLoaders {
  let found = loaders.get(ctx);
  if (!found) {
    const month = billingMonthOf(ctx.now).label;
    found = {
      budgets: new DataLoader((ids) => findBudgets(ctx.db, ids)),
      thresholds: new DataLoader((ids) => findBudgetAlerts(ctx.db, ids, month)),
    };
    loaders.set(ctx, found);
  }
  return found;
}

async function loadBudget(ctx: TelemetryContext, organizationId: string): Promise<MonthlyBudget | null> {
  const { budgets, thresholds } = budgetLoaders(ctx);
  const amountCents = await budgets.load(organizationId);
  if (amountCents === null) return null;
  const [bill, reached] = await Promise.all([currentBills(ctx).load(organizationId), thresholds.load(organizationId)]);
  return {
    amount: rand(amountCents),
    month: bill.month.label,
    spent: rand(bill.totalCents),
    forecast: rand(bill.projectedTotalCents),
    thresholdsReached: reached.map((row) => ({
      percent: row.thresholdPercent,
      basis: row.basis as BudgetBasis,
      reachedAt: row.reachedAt,
      emailedAt: row.notifiedAt,
    })),
  };
}

@Resolver(() => Organization)
export class OrganizationBudgetResolver {
  @FieldResolver(() => MonthlyBudget, {
    nullable: true,
    description: "The monthly budget and this month's spending against it; null without one or when not visible.",
  })
  async budget(@Root() organization: Organization, @Ctx() ctx: TelemetryContext): Promise<MonthlyBudget | null> {
    if (!canSee(ctx.caller, organization.id)) return null;
    return loadBudget(ctx, organization.id);
  }
}

@Resolver()
export class BudgetMutationResolver {
  @Mutation(() => MonthlyBudget, {
    nullable: true,
    description:
      "Sets the monthly budget, VAT included (owners, admins, billing users); a null amount removes it and answers null. " +
      "A threshold already passed this month is e-mailed at once.",
  })
  async setMonthlyBudget(
    @Arg("organizationId", () => ID) organizationId: string,
    @Arg("amount", () => DecimalScalar, { nullable: true }) amount: string | null,
    @Ctx() ctx: TelemetryContext,
  ): Promise<MonthlyBudget | null> {
    assertMaySetBudget(ctx.caller, organizationId);
    const amountCents = amount === null || amount === undefined ? null : budgetCents(amount);
    await setMonthlyBudget(ctx.db, { organizationId, amountCents }, ctx.now);
    return amountCents === null ? null : loadBudget(ctx, organizationId);
  }
}
