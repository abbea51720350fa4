import { useQuery } from "urql";
import { ErrorBanner } from "../components/ErrorBanner";
import { Loading } from "../components/Loading";
import { Unavailable } from "../components/Unavailable";
import { graphql } from "../gql";
import { AlertHeaderCells } from "./AlertCells";
import { errorsUnder, fieldOutcome, graphQLErrorsOf, unplacedErrors } from "../graphql/errors";
import { FiringAlertRow } from "./FiringAlertRow";

/** More than a screenful; an organisation with more firing at once has bigger problems than paging. */
const FIRING_SHOWN = 100;

const FiringAlertsQuery = graphql(`
  query FiringAlerts($organizationId: ID!, $first: Int!) {
    organization(id: $organizationId) {
      id
      openAlerts(first: $first) {
        id
        ...FiringAlertRow_VmAlertFragment
      }
      users {
        id
        displayName
      }
    }
  }
`);

interface FiringAlertsPanelProps {
  organizationId: string;
  userId: string;
  canAcknowledge: boolean;
}

/** The alerts firing now, newest first (those that stopped are under "Recently resolved"). */
export function FiringAlertsPanel({ organizationId, userId, canAcknowledge }: FiringAlertsPanelProps) {
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: FiringAlertsQuery,
    variables: { organizationId, first: FIRING_SHOWN },
    requestPolicy: "cache-and-network",
  });
  const retry = () => reexecute({ requestPolicy: "network-only" });
  if (!data) {
    if (fetching) return <Loading label="Loading firing alerts…" />;
    return <ErrorBanner error={error} title="Firing alerts could not be loaded" onRetry={retry} />;
  }
  const errors = graphQLErrorsOf(error);
  const alerts = fieldOutcome(
    data.organization?.openAlerts,
    errorsUnder(errors, ["organization", "openAlerts"]),
    unplacedErrors(errors, ["telemetry-billing", "vms"]),
  );
  const users = data.organization?.users ?? [];

  return (
    <section className="card firing-alerts" data-testid="firing-alerts">
      <h2>Firing now</h2>
      <ErrorBanner error={error} onRetry={retry} />
      {!alerts.available ? (
        <p>
          <Unavailable what="Firing alerts" errors={alerts.errors} testId="firing-alerts-unavailable" />
        </p>
      ) : alerts.value.length === 0 ? (
        <p className="placeholder" data-testid="firing-alerts-none">
          No alerts are firing. An alert fires when a rule below holds on a VM for its duration.
        </p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="vm-table">
              <thead>
                <tr>
                  <AlertHeaderCells />
                  <th scope="col">Since</th>
                  <th scope="col" className="num">
                    Worst value
                  </th>
                  <th scope="col">Acknowledged</th>
                </tr>
              </thead>
              <tbody>
                {alerts.value.map((alert) => (
                  <FiringAlertRow
                    key={alert.id}
                    alert={alert}
                    userId={userId}
                    users={users}
                    canAcknowledge={canAcknowledge}
                  />
                ))}
              </tbody>
            </table>
          </div>
          {alerts.value.length === FIRING_SHOWN && <p className="hint">The {FIRING_SHOWN} newest.</p>}
        </>
      )}
    </section>
  );
}
