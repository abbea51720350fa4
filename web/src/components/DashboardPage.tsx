import { useQuery } from "urql";
import { graphql } from "../gql";
import { errorsExplainingNull, errorsUnder, graphQLErrorsOf, outcomeOfField } from "../graphql/errors";
import { ErrorBanner } from "./ErrorBanner";
import { FleetSummary } from "./FleetSummary";
import { FleetUsage } from "./FleetUsage";
import { flattenEdgeErrors, nodesOf } from "../vm-pages";
import { LoadMoreVms } from "./LoadMoreVms";
import { MonthCost } from "./MonthCost";
import { OpenAlertsPanel } from "./OpenAlertsPanel";
import { OrgHeader } from "./OrgHeader";
import { OverviewSkeleton } from "./Skeleton";
import { Unavailable } from "./Unavailable";
import { useMoreVms } from "./use-more-vms";
import { VmTable } from "./VmTable";
import { WalletBalance } from "./WalletBalance";

/**
 * The whole dashboard in one request. The gateway plans it across every subgraph:
 * tenancy (organisation, parent), wallet (balance), vms (inventory),
 * catalog (cost estimates) and telemetry-billing (CPU, memory and health over 24 h, the newest
 * values, the fleet's usage and the alerts firing). `openAlerts(first: 5)` matches OPEN_ALERTS_SHOWN.
 */
const DashboardPageQuery = graphql(`
  query DashboardPage($organizationId: ID!) {
    organization(id: $organizationId) {
      id
      ...OrgHeader_OrganizationFragment
      wallet {
        id
        ...WalletBalance_WalletFragment
      }
      currentBill {
        ...MonthCost_CurrentBillFragment
      }
      usage(window: { preset: LAST_DAY }) {
        ...FleetUsage_OrganizationUsageFragment
      }
      openAlerts(first: 5) {
        id
        ...OpenAlertsPanel_VmAlertFragment
      }
      vms(first: 50) {
        totalCount
        edges {
          node {
            id
            ...FleetSummary_VmFragment
            ...VmRow_VmFragment
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export function DashboardPage({ organizationId, canTopUp }: { organizationId: string; canTopUp: boolean }) {
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: DashboardPageQuery,
    variables: { organizationId },
  });

  const more = useMoreVms(organizationId);
  const retry = () => {
    more.reset();
    reexecute({ requestPolicy: "network-only" });
  };

  if (!data) {
    if (fetching) return <OverviewSkeleton />;
    return <ErrorBanner error={error} title="The dashboard could not be loaded" onRetry={retry} />;
  }

  const organization = data.organization;
  // Rows of every page loaded so far, as one list; errors re-pathed to match (organization.vms.<row>).
  const firstPage = organization?.vms;
  const vms = [...nodesOf(firstPage), ...more.pages.flatMap((page) => page.vms)];
  const errors = [
    ...flattenEdgeErrors(graphQLErrorsOf(error), ["organization", "vms"]),
    ...more.pages.flatMap((page) => page.errors),
  ];
  const lastPageInfo = more.pages.at(-1)?.pageInfo ?? firstPage?.pageInfo;
  const totalCount = firstPage?.totalCount ?? vms.length;
  const loadMore = () => lastPageInfo?.endCursor && void more.loadAfter(lastPageInfo.endCursor, vms.length);
  // Served by telemetry-billing: with it down these say "unavailable", whatever else arrived.
  const usage = organization && <FleetUsage usage={outcomeOfField(organization.usage, errors, 1, "usage")} />;
  return (
    <div className="dashboard" aria-busy={fetching}>
      <ErrorBanner error={error} onRetry={retry} />
      {organization ? (
        <>
          <section className="summary">
            <OrgHeader organization={organization} />
            <WalletBalance
              wallet={organization.wallet ?? null}
              errors={
                organization.wallet
                  ? errorsUnder(errors, ["organization", "wallet"])
                  : errorsExplainingNull(errors, ["organization", "wallet"])
              }
              canTopUp={canTopUp}
            />
            <MonthCost
              bill={organization.currentBill ?? null}
              errors={errorsExplainingNull(errors, ["organization", "currentBill"])}
            />
            {firstPage ? (
              <FleetSummary vms={vms} totalCount={totalCount} errors={errorsUnder(errors, ["organization", "vms"])}>
                {usage}
              </FleetSummary>
            ) : (
              <div className="fleet-summary card">{usage}</div>
            )}
          </section>
          <OpenAlertsPanel alerts={outcomeOfField(organization.openAlerts, errors, 1, "openAlerts")} />
          {firstPage ? (
            <>
              <VmTable vms={vms} errors={errorsExplainingNull(errors, ["organization", "vms"])} />
              <ErrorBanner error={more.error} title="More VMs could not be loaded" />
              {lastPageInfo?.hasNextPage && (
                <LoadMoreVms shown={vms.length} total={totalCount} fetching={more.fetching} onLoad={loadMore} />
              )}
            </>
          ) : (
            <p className="notice">
              <Unavailable
                what="VM inventory"
                errors={errorsExplainingNull(errors, ["organization", "vms"])}
                testId="vms-unavailable"
              />
            </p>
          )}
        </>
      ) : (
        <p className="notice" data-testid="organization-missing">
          {error
            ? "Organisation data unavailable: see the errors above."
            : `No organisation with id ${organizationId}.`}
        </p>
      )}
    </div>
  );
}
