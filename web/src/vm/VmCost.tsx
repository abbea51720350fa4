import { Unavailable } from "../components/Unavailable";
import { formatDateTime } from "../format";
import { type FragmentType, getFragmentData, graphql } from "../gql";
import { errorsAtField, fieldOutcome, outcomeOfField, type PathedError, unplacedErrors } from "../graphql/errors";
import { formatMoneyValue } from "../money";

export const VmCost_VmFragment = graphql(`
  fragment VmCost_VmFragment on Vm {
    estimatedMonthlyCost {
      monthlyTotal {
        amount
        currency
      }
      hourlyRate {
        amount
        currency
      }
    }
    monthCost {
      toDate {
        amount
        currency
      }
      projectedMonthEnd {
        amount
        currency
      }
      meteredUntil
    }
  }
`);

/**
 * What the VM costs: the catalog's monthly estimate at today's prices, and the metered month so
 * far with its month-end forecast (telemetry-billing). Each says "unavailable" with its own
 * subgraph's reason when that one failed; nothing is shown as R 0,00 in its place.
 */
export function VmCost(props: { vm: FragmentType<typeof VmCost_VmFragment>; errors: readonly PathedError[] }) {
  const vm = getFragmentData(VmCost_VmFragment, props.vm);
  // The page's errors are under `vm`: a field's have it as their 2nd segment.
  const estimate = outcomeOfField(vm.estimatedMonthlyCost, props.errors, 1, "estimatedMonthlyCost");
  const month = fieldOutcome(
    vm.monthCost,
    errorsAtField(props.errors, 1, "monthCost"),
    unplacedErrors(props.errors, "telemetry-billing"),
  );
  return (
    <section className="card vm-cost" data-testid="vm-cost-card" aria-labelledby="vm-cost-title">
      <h2 id="vm-cost-title">Cost</h2>
      <dl className="vm-facts">
        <dt>Estimated monthly</dt>
        <dd data-testid="vm-estimated-cost">
          {estimate.available ? (
            <>
              {formatMoneyValue(estimate.value.monthlyTotal)}{" "}
              <span className="muted">
                ({formatMoneyValue(estimate.value.hourlyRate)} an hour, catalog prices today, excl. VAT)
              </span>
            </>
          ) : (
            <Unavailable what="Cost" errors={estimate.errors} testId="vm-estimated-cost-unavailable" />
          )}
        </dd>
        {month.available ? (
          month.value.meteredUntil === null || month.value.meteredUntil === undefined ? (
            <>
              <dt>This month</dt>
              <dd data-testid="vm-month-to-date">Nothing metered yet this month</dd>
            </>
          ) : (
            <>
              <dt>Month to date</dt>
              <dd data-testid="vm-month-to-date">
                {formatMoneyValue(month.value.toDate)}{" "}
                <span className="muted">(metered until {formatDateTime(month.value.meteredUntil)})</span>
              </dd>
              <dt>Month-end forecast</dt>
              <dd data-testid="vm-month-forecast">{formatMoneyValue(month.value.projectedMonthEnd)}</dd>
            </>
          )
        ) : (
          <>
            <dt>This month</dt>
            <dd>
              <Unavailable what="Metered cost" errors={month.errors} testId="vm-month-cost-unavailable" />
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
