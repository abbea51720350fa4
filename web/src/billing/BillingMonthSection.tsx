import { useQuery } from "urql";
import { ErrorBanner } from "../components/ErrorBanner";
import { Loading } from "../components/Loading";
import { graphql } from "../gql";
import type { UserRole } from "../gql/graphql";
import { graphQLErrorsOf } from "../graphql/errors";
import { monthOutcomes } from "./bill-errors";
import { BudgetPanel } from "./BudgetPanel";
import { mayManageBudget } from "./budget";
import { CurrentBillPanel } from "./CurrentBillPanel";

const BillingMonthQuery = graphql(`
  query BillingMonth($organizationId: ID!) {
    organization(id: $organizationId) {
      id
      currentBill {
        ...CurrentBillPanel_CurrentBillFragment
      }
      budget {
        ...BudgetPanel_MonthlyBudgetFragment
      }
    }
  }
`);

/** This month: the bill so far with its projection, and the budget it is measured against. */
export function BillingMonthSection({ organizationId, role }: { organizationId: string; role: UserRole }) {
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: BillingMonthQuery,
    variables: { organizationId },
    requestPolicy: "cache-and-network",
  });
  const reload = () => reexecute({ requestPolicy: "network-only" });
  const organization = data?.organization;
  if (!organization) {
    if (fetching) return <Loading label="Loading this month's bill…" />;
    return <ErrorBanner error={error} title="This month's bill could not be loaded" onRetry={reload} />;
  }
  const outcomes = monthOutcomes(organization.currentBill, organization.budget, graphQLErrorsOf(error));
  return (
    <>
      <ErrorBanner error={error} onRetry={reload} />
      <div className="billing-month">
        <CurrentBillPanel bill={outcomes.bill} vmNameErrors={outcomes.vmNameErrors} />
        <BudgetPanel
          organizationId={organizationId}
          budget={outcomes.budget}
          canManage={mayManageBudget(role)}
          onChanged={reload}
        />
      </div>
    </>
  );
}
