import { useQuery } from "urql";
import { ErrorBanner } from "../components/ErrorBanner";
import { Loading } from "../components/Loading";
import { NewerOlderPager, useCursorStack } from "../components/NewerOlderPager";
import { Unavailable } from "../components/Unavailable";
import { graphql } from "../gql";
import { AlertHeaderCells } from "./AlertCells";
import { errorsUnder, fieldOutcome, graphQLErrorsOf, unplacedErrors } from "../graphql/errors";
import { ResolvedAlertRow } from "./ResolvedAlertRow";

const RESOLVED_PAGE = 20;

const ResolvedAlertsQuery = graphql(`
  query ResolvedAlerts($organizationId: ID!, $first: Int!, $after: String) {
    organization(id: $organizationId) {
      id
      resolvedAlerts(first: $first, after: $after) {
        edges {
          cursor
          node {
            id
            ...ResolvedAlertRow_VmAlertFragment
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

/** Alerts that have stopped firing, the latest resolved first, a page at a time. */
export function ResolvedAlertsPanel({ organizationId }: { organizationId: string }) {
  const pages = useCursorStack();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ResolvedAlertsQuery,
    variables: { organizationId, first: RESOLVED_PAGE, after: pages.after },
    requestPolicy: "cache-and-network",
  });
  const retry = () => reexecute({ requestPolicy: "network-only" });
  if (!data) {
    if (fetching) return <Loading label="Loading resolved alerts…" columns={6} />;
    return <ErrorBanner error={error} title="Resolved alerts could not be loaded" onRetry={retry} />;
  }
  const errors = graphQLErrorsOf(error);
  const page = fieldOutcome(
    data.organization?.resolvedAlerts,
    errorsUnder(errors, ["organization", "resolvedAlerts"]),
    unplacedErrors(errors, ["telemetry-billing", "vms"]),
  );

  return (
    <section className="card resolved-alerts" data-testid="resolved-alerts">
      <h2>Recently resolved</h2>
      <ErrorBanner error={error} onRetry={retry} />
      {!page.available ? (
        <p>
          <Unavailable what="Resolved alerts" errors={page.errors} testId="resolved-alerts-unavailable" />
        </p>
      ) : page.value.edges.length === 0 && pages.pageNumber === 1 ? (
        <p className="placeholder" data-testid="resolved-alerts-none">
          No alert has resolved yet. Once a firing alert&apos;s condition clears, or its VM is powered off, it is listed
          here with how it ended.
        </p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="vm-table">
              <thead>
                <tr>
                  <AlertHeaderCells />
                  <th scope="col">Fired</th>
                  <th scope="col">Resolved</th>
                  <th scope="col" className="num">
                    Worst value
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.value.edges.map((edge) => (
                  <ResolvedAlertRow key={edge.node.id} alert={edge.node} />
                ))}
              </tbody>
            </table>
          </div>
          {(pages.pageNumber > 1 || page.value.pageInfo.hasNextPage) && (
            <NewerOlderPager stack={pages} pageInfo={page.value.pageInfo} testIdPrefix="resolved-alerts" />
          )}
        </>
      )}
    </section>
  );
}
