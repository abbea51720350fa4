import { Unavailable } from "../components/Unavailable";
import { formatDateTime } from "../format";
import { type FragmentType, getFragmentData, graphql } from "../gql";
import { formatMoneyValue } from "../money";
import type { BudgetOutcome } from "./bill-errors";
import { BudgetForm } from "./BudgetForm";
import { budgetShare } from "./budget";

export const BudgetPanel_MonthlyBudgetFragment = graphql(`
  fragment BudgetPanel_MonthlyBudgetFragment on MonthlyBudget {
    amount {
      amount
      currency
    }
    spent {
      amount
      currency
    }
    forecast {
      amount
      currency
    }
    thresholdsReached {
      percent
      basis
      reachedAt
      emailedAt
    }
  }
`);

interface BudgetPanelProps {
  organizationId: string;
  budget: BudgetOutcome<FragmentType<typeof BudgetPanel_MonthlyBudgetFragment>>;
  canManage: boolean;
  onChanged: () => void;
}

/** The monthly budget (VAT included), the bill so far and its forecast against it, and the form to change it. */
export function BudgetPanel({ organizationId, budget, canManage, onChanged }: BudgetPanelProps) {
  const current = budget.available ? budget.value : null;
  return (
    <section className="card budget-panel" data-testid="budget-panel">
      <h2>Monthly budget</h2>
      {!budget.available ? (
        <p>
          <Unavailable what="The budget" errors={budget.errors} testId="budget-unavailable" />
        </p>
      ) : current ? (
        <BudgetFigures budget={current} />
      ) : (
        <p className="placeholder" data-testid="budget-none">
          No monthly budget is set.
          {canManage && " Set one to have owners, admins and billing users e-mailed at 50 %, 80 % and 100 % of it."}
        </p>
      )}
      {budget.available &&
        (canManage ? (
          <BudgetForm organizationId={organizationId} hasBudget={current !== null} onSaved={onChanged} />
        ) : (
          <p className="hint" data-testid="budget-not-allowed">
            Only owners, admins and billing users can set the budget.
          </p>
        ))}
    </section>
  );
}

function BudgetFigures(props: { budget: FragmentType<typeof BudgetPanel_MonthlyBudgetFragment> }) {
  const budget = getFragmentData(BudgetPanel_MonthlyBudgetFragment, props.budget);
  const spent = budgetShare(budget.spent.amount, budget.amount.amount);
  const forecast = budgetShare(budget.forecast.amount, budget.amount.amount);
  return (
    <>
      <p className="budget-amount">
        <span className="stat-value" data-testid="budget-amount">
          {formatMoneyValue(budget.amount)}
        </span>{" "}
        <span className="muted">a month, VAT included</span>
      </p>
      <p data-testid="budget-spent">
        Spent so far: {formatMoneyValue(budget.spent)} ({spent.text} of the budget)
      </p>
      <div className="budget-bar" aria-hidden="true">
        <span
          className={spent.over ? "budget-bar-fill over" : "budget-bar-fill"}
          style={{ width: `${spent.barPercent}%` }}
        />
      </div>
      <p data-testid="budget-forecast">
        Forecast for the month: {formatMoneyValue(budget.forecast)} ({forecast.text})
      </p>
      {budget.thresholdsReached.length > 0 && (
        <ul className="budget-thresholds" data-testid="budget-thresholds">
          {budget.thresholdsReached.map((threshold) => (
            <li key={threshold.percent}>
              {threshold.percent} % reached {formatDateTime(threshold.reachedAt)} by the{" "}
              {threshold.basis === "ACTUAL" ? "bill so far" : "forecast"} ·{" "}
              {threshold.emailedAt ? "e-mailed" : "e-mail on its way"}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
