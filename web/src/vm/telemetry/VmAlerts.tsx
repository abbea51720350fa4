import { formatDateTime } from "../../format";
import { type FragmentType, getFragmentData, graphql } from "../../gql";
import { alertResolutionLabel, alertValues, severityLabel } from "./alert-labels";

export const VmAlerts_VmAlertFragment = graphql(`
  fragment VmAlerts_VmAlertFragment on VmAlert {
    id
    ruleName
    severity
    state
    unit
    conditionSince
    resolvedAt
    resolution
    firedValue
    peakValue
    acknowledgement {
      at
    }
  }
`);

/** The alerts whose time overlaps the window, newest first: firing or how and when they resolved. */
export function VmAlerts(props: { alerts: ReadonlyArray<FragmentType<typeof VmAlerts_VmAlertFragment>> }) {
  const alerts = getFragmentData(VmAlerts_VmAlertFragment, props.alerts);
  if (alerts.length === 0) {
    return (
      <p className="muted" data-testid="vm-alerts-none">
        No alerts in this window.
      </p>
    );
  }
  return (
    <ul className="vm-alerts" data-testid="vm-alerts">
      {alerts.map((alert) => {
        const values = alertValues(alert);
        return (
          <li key={alert.id} data-testid="vm-alert" data-state={alert.state} data-severity={alert.severity}>
            <span className={`severity severity-${alert.severity.toLowerCase()}`}>{severityLabel(alert.severity)}</span>{" "}
            <strong>{alert.ruleName}</strong>{" "}
            <span className="muted">
              {alert.state === "FIRING"
                ? `firing since ${formatDateTime(alert.conditionSince)}`
                : `${formatDateTime(alert.conditionSince)} – ${alert.resolvedAt ? formatDateTime(alert.resolvedAt) : "?"}` +
                  (alert.resolution ? `, ${alertResolutionLabel(alert.resolution)}` : "")}
              {values && ` · ${values}`}
              {alert.acknowledgement && ` · acknowledged ${formatDateTime(alert.acknowledgement.at)}`}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
