import { useQuery } from "urql";
import type { SessionUser } from "../auth/session";
import { ErrorBanner } from "../components/ErrorBanner";
import { Loading } from "../components/Loading";
import { graphql } from "../gql";
import { graphQLErrorsOf } from "../graphql/errors";
import type { OrganizationOption } from "../org-selection";
import { AccountStanding } from "./AccountStanding";
import { BillingDetailsPanel } from "./BillingDetailsPanel";
import { BillingMonthSection } from "./BillingMonthSection";
import { CommissionPanel } from "./CommissionPanel";
import { InvoicesPanel } from "./InvoicesPanel";
import "./billing.css";

const BillingAccountQuery = graphql(`
  query BillingAccount($organizationId: ID!) {
    organization(id: $organizationId) {
      id
      ...AccountStanding_OrganizationFragment
      ...BillingDetailsPanel_OrganizationFragment
    }
  }
`);

/**
 * The organisation's money matters: whether it owes anything, this month's bill and budget, the
 * closed invoices, a reseller's commission and the details its invoices print. Each part has its
 * own query, so a failing subgraph empties only the parts it feeds.
 */
export function BillingPage({ organization, user }: { organization: OrganizationOption; user: SessionUser }) {
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: BillingAccountQuery,
    variables: { organizationId: organization.id },
    requestPolicy: "cache-and-network",
  });
  const retry = () => reexecute({ requestPolicy: "network-only" });
  const account = data?.organization;

  return (
    <div className="billing-page" data-testid="billing-page">
      <h1>Billing · {organization.name}</h1>
      {account ? (
        <>
          <ErrorBanner error={error} onRetry={retry} />
          <AccountStanding
            organization={account}
            errors={graphQLErrorsOf(error)}
            role={user.role}
            organizationKind={organization.kind}
          />
        </>
      ) : fetching ? (
        <Loading label="Loading the wallet's standing…" />
      ) : (
        <ErrorBanner
          error={error}
          title="The wallet's standing and billing details could not be loaded"
          onRetry={retry}
        />
      )}
      <BillingMonthSection organizationId={organization.id} role={user.role} />
      <InvoicesPanel organizationId={organization.id} />
      {organization.kind === "RESELLER" && <CommissionPanel organizationId={organization.id} />}
      {account && <BillingDetailsPanel organizationId={organization.id} organization={account} role={user.role} />}
    </div>
  );
}
