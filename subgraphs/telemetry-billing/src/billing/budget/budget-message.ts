import { formatRand } from "@dcx/kit";
import type { BudgetAlertRow } from "../../db/budget.schema";

/** The e-mail about one threshold: reached by the bill so far, or by the month-end forecast. */
export function budgetMessage(alert: BudgetAlertRow, dashboardUrl: string) {
  const share = `${alert.thresholdPercent} %`;
  const budget = formatRand(alert.budgetCents);
  const subject =
    alert.basis === "actual"
      ? `DCX Cloud: ${share} of your ${budget} monthly budget used (${alert.month})`
      : `DCX Cloud: ${alert.month} is forecast to reach ${share} of your ${budget} budget`;
  const body = [
    alert.basis === "actual"
      ? `Your DCX Cloud bill for ${alert.month} has reached ${formatRand(alert.spentCents)}, ${share} or more of your monthly budget of ${budget}.`
      : `At the rate of the last day, your DCX Cloud bill for ${alert.month} will reach ${formatRand(alert.forecastCents)} by the month's end: ${share} or more of your monthly budget of ${budget}. So far it is ${formatRand(alert.spentCents)}.`,
    "",
    `Forecast for the month: ${formatRand(alert.forecastCents)} (VAT included).`,
    `See the cost of each virtual machine: ${dashboardUrl}/`,
    "",
    "Budgets warn; they do not stop anything. Each share of the budget (50 %, 80 %, 100 %) is e-mailed once a month.",
  ].join("\n");
  return { subject, body };
}
