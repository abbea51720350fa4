import { joinMessages, type PathedError } from "../graphql/errors";
import { formatMoneyValue } from "../money";
import type { MonthlyTotal } from "../rollup";
import { Unavailable } from "./Unavailable";

interface MonthlyTotalValueProps {
  monthly: MonthlyTotal;
  /** Errors reported on any VM's `estimatedMonthlyCost`. */
  errors: readonly PathedError[];
}

/** The summed monthly estimate, or why there is none; never a partial sum. */
export function MonthlyTotalValue({ monthly, errors }: MonthlyTotalValueProps) {
  if (monthly.status === "incomplete") {
    return (
      <span className="unavailable" title={joinMessages(errors) || undefined}>
        Total unavailable: no estimate for {monthly.missing} of {monthly.of} VMs
      </span>
    );
  }
  if (errors.length > 0) return <Unavailable what="Total" errors={errors} inlineReason={false} />;
  if (monthly.totals.length === 0) return <span className="muted">No VMs</span>;
  return <>{monthly.totals.map(formatMoneyValue).join(" + ")}</>;
}
