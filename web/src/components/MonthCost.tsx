import { type FragmentType, getFragmentData, graphql } from "../gql";
import type { PathedError } from "../graphql/errors";
import { formatDateTime } from "../format";
import { formatMoneyValue } from "../money";
import { Unavailable } from "./Unavailable";

export const MonthCost_CurrentBillFragment = graphql(`
  fragment MonthCost_CurrentBillFragment on CurrentBill {
    total {
      amount
      currency
    }
    projectedTotal {
      amount
      currency
    }
    meteredUntil
  }
`);

interface MonthCostProps {
  bill: FragmentType<typeof MonthCost_CurrentBillFragment> | null;
  /** Errors that explain a missing bill (telemetry-billing down): shown instead of a zero. */
  errors: readonly PathedError[];
}

/** The month so far and where it is heading, VAT included, as metering priced it. */
export function MonthCost(props: MonthCostProps) {
  const bill = getFragmentData(MonthCost_CurrentBillFragment, props.bill);
  let content;
  if (props.errors.length > 0) {
    content = <Unavailable what="This month's cost" errors={props.errors} testId="month-cost" inlineReason={false} />;
  } else if (!bill) {
    content = (
      <span className="muted" data-testid="month-cost">
        Not billed
      </span>
    );
  } else {
    content = (
      <span className="amount" data-testid="month-cost">
        {formatMoneyValue(bill.total)}
      </span>
    );
  }
  return (
    <div className="stat-card card">
      <span className="stat-label">This month so far</span>
      <span className="stat-value">{content}</span>
      {bill && props.errors.length === 0 && (
        <>
          <span className="stat-detail" data-testid="month-forecast">
            Forecast {formatMoneyValue(bill.projectedTotal)} by month end
          </span>
          <span className="stat-detail muted">
            {bill.meteredUntil ? `Metered until ${formatDateTime(bill.meteredUntil)}` : "Nothing metered yet"}
          </span>
        </>
      )}
    </div>
  );
}
