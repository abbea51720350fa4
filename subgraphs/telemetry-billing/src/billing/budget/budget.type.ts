import { Money } from "@dcx/kit";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";

export enum BudgetBasis {
  ACTUAL = "actual",
  FORECAST = "forecast",
}
registerEnumType(BudgetBasis, {
  name: "BudgetBasis",
  description: "ACTUAL: the bill so far reached the threshold; FORECAST: only its month-end projection did.",
});

@ObjectType({ description: "A share of the budget reached this month; each is e-mailed once a month." })
export class BudgetThreshold {
  @Field(() => Int, { description: "50, 80 or 100." }) percent!: number;
  @Field(() => BudgetBasis) basis!: BudgetBasis;
  @Field(() => Date) reachedAt!: Date;
  @Field(() => Date, { nullable: true, description: "When the e-mail went out; null while it waits." })
  emailedAt!: Date | null;
}

@ObjectType({
  description:
    "The organisation's monthly budget (VAT included) against this month's bill: owners, admins and billing " +
    "users are e-mailed at 50 %, 80 % and 100 % of it, by the bill so far or by its month-end forecast.",
})
export class MonthlyBudget {
  @Field(() => Money) amount!: Money;
  @Field(() => ID, { description: 'The billing month, e.g. "2026-11".' }) month!: string;
  @Field(() => Money, { description: "This month's bill so far, VAT included." }) spent!: Money;
  @Field(() => Money, { description: "The bill's month-end projection at the last day's rate." }) forecast!: Money;
  @Field(() => [BudgetThreshold], { description: "Lowest first." }) thresholdsReached!: BudgetThreshold[];
}
