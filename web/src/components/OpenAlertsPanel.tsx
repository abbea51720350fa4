import { formatDateTime } from "../format";
import { type FragmentType, getFragmentData, graphql } from "../gql";
import type { FieldOutcome } from "../graphql/errors";
import { formatMetric } from "../metric-format";
import { severityLabel } from "../vm/telemetry/alert-labels";
import { Unavailable } from "./Unavailable";
import { VmLink } from "./VmLink";

/** How many firing alerts the overview lists; the rest are on each VM's page. */
export const OPEN_ALERTS_SHOWN = 5;

export const OpenAlertsPanel_VmAlertFragment = graphql(`
  fragment OpenAlertsPanel_VmAlertFragment on VmAlert {
    id
    severity
    ruleName
    unit
    conditionSince
    peakValue
    vm {
      id
      name
    }
  }
`);

type OpenAlerts = ReadonlyArray<FragmentType<typeof OpenAlertsPanel_VmAlertFragment>>;

/** The alerts firing now on the organisation's VMs, newest first; "unavailable" when they could not be loaded. */
export function OpenAlertsPanel({ alerts }: { alerts: FieldOutcome<OpenAlerts> }) {
  return (
    <section className="card open-alerts" data-testid="open-alerts">
      <h2>Open alerts</h2>
      {alerts.available ? (
        <OpenAlertList alerts={alerts.value} />
      ) : (
        <p>
          <Unavailable what="Open alerts" errors={alerts.errors} testId="open-alerts-unavailable" />
        </p>
      )}
    </section>
  );
}

function OpenAlertList(props: { alerts: OpenAlerts }) {
  const alerts = getFragmentData(OpenAlertsPanel_VmAlertFragment, props.alerts);
  if (alerts.length === 0) {
    return (
      <p className="muted" data-testid="open-alerts-none">
        No open alerts
      </p>
    );
  }
  return (
    <>
      <ul className="open-alert-list">
        {alerts.map((alert) => (
          <li key={alert.id} data-testid="open-alert" data-severity={alert.severity}>
            <span className={`severity severity-${alert.severity.toLowerCase()}`}>{severityLabel(alert.severity)}</span>{" "}
            <strong>{alert.ruleName}</strong> on{" "}
            <VmLink vmId={alert.vm.id} testId="open-alert-vm">
              {alert.vm.name}
            </VmLink>{" "}
            <span className="muted">
              firing since {formatDateTime(alert.conditionSince)}
              {alert.peakValue != null && ` · worst ${formatMetric(alert.peakValue, alert.unit)}`}
            </span>
          </li>
        ))}
      </ul>
      {alerts.length === OPEN_ALERTS_SHOWN && (
        <p className="muted hint">The {OPEN_ALERTS_SHOWN} newest; each VM&apos;s page lists all of its alerts.</p>
      )}
    </>
  );
}
