import { NewerOlderPager, useCursorStack } from "../components/NewerOlderPager";
import { useQuery } from "urql";
import { ErrorBanner } from "../components/ErrorBanner";
import { Loading } from "../components/Loading";
import { graphql } from "../gql";
import { AuditEventRow } from "./AuditEventRow";
import { browserTimeZone } from "../format";
import { type ActorDirectory } from "./audit-format";
import { type AuditSearch, auditFilterVariables, hasFilters } from "./audit-search";

const PAGE_SIZE = 25;

const AuditLogQuery = graphql(`
  query AuditLog(
    $organizationId: ID!
    $kind: String
    $vmId: ID
    $since: DateTimeISO
    $until: DateTimeISO
    $first: Int!
    $after: String
  ) {
    auditEvents(
      organizationId: $organizationId
      kind: $kind
      vmId: $vmId
      since: $since
      until: $until
      first: $first
      after: $after
    ) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...AuditEventRow_AuditEvent
        }
      }
    }
  }
`);

interface AuditTableProps {
  organizationId: string;
  filters: AuditSearch;
  directory: ActorDirectory | "loading" | null;
  onClearFilters: () => void;
}

/** One page of events at a time, newest first; "Older" follows the cursor, "Newer" walks back. */
export function AuditTable({ organizationId, filters, directory, onClearFilters }: AuditTableProps) {
  // New filters start over on the first page (the parent keys this).
  const pages = useCursorStack();
  const asked = auditFilterVariables(filters);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AuditLogQuery,
    variables: {
      organizationId,
      ...("variables" in asked ? asked.variables : {}),
      first: PAGE_SIZE,
      after: pages.after,
    },
    pause: "error" in asked,
    requestPolicy: "cache-and-network",
  });
  const retry = () => reexecute({ requestPolicy: "network-only" });

  if ("error" in asked) {
    return (
      <p className="notice field-error" role="alert" data-testid="audit-range-error">
        {asked.error}
      </p>
    );
  }
  const page = data?.auditEvents;
  if (!page) {
    if (fetching) return <Loading label="Loading the audit log…" />;
    const forbidden = error?.graphQLErrors.some((graphQLError) => graphQLError.extensions?.code === "FORBIDDEN");
    if (forbidden) {
      return (
        <p className="notice" data-testid="audit-not-allowed">
          The audit log is not available to your role: {error?.graphQLErrors[0]?.message}
        </p>
      );
    }
    return <ErrorBanner error={error} title="The audit log could not be loaded" onRetry={retry} />;
  }

  return (
    <section className="card audit-events" aria-label="Audit events" data-testid="audit-events">
      <ErrorBanner error={error} onRetry={retry} />
      {page.edges.length === 0 ? (
        <div className="placeholder" data-testid="audit-empty">
          {hasFilters(filters) ? (
            <p>
              No events match these filters.{" "}
              <button type="button" className="link-button" onClick={onClearFilters}>
                Clear the filters
              </button>{" "}
              or widen the days.
            </p>
          ) : (
            <p>
              No events yet. Creating, powering or changing a VM, and changes made directly in vCenter, are recorded
              here.
            </p>
          )}
        </div>
      ) : (
        <div className="table-scroll">
          <table className="vm-table audit-table">
            <thead>
              <tr>
                <th scope="col">Time ({browserTimeZone()})</th>
                <th scope="col">Actor</th>
                <th scope="col">Event</th>
                <th scope="col">VM</th>
                <th scope="col">Outcome and details</th>
              </tr>
            </thead>
            <tbody>
              {page.edges.map(({ node }) => (
                <AuditEventRow key={node.id} event={node} directory={directory} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <NewerOlderPager stack={pages} pageInfo={page.pageInfo} testIdPrefix="audit" showPageNumber />
    </section>
  );
}
