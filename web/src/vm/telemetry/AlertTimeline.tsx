import { formatDateTime } from "../../format";
import { type FragmentType, getFragmentData, graphql } from "../../gql";
import { alertResolutionLabel, alertValues, severityLabel } from "./alert-labels";
import { alertSpan } from "./alert-timeline";

export const AlertTimeline_VmAlertFragment = graphql(`
  fragment AlertTimeline_VmAlertFragment on VmAlert {
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

/**
 * The alerts whose time overlaps the window, newest first: severity, rule, firing since when or
 * how and when it resolved, its values; and, given the window, a bar for when it fired on the
 * window's timeline (hidden from screen readers: the text says the same).
 */
export function AlertTimeline(props: {
  alerts: ReadonlyArray<FragmentType<typeof AlertTimeline_VmAlertFragment>>;
  window?: { since: string; until: string } | undefined;
}) {
  const alerts = getFragmentData(AlertTimeline_VmAlertFragment, props.alerts);
  const { window } = props;
  if (alerts.length === 0) {
    return (
      <p className="muted" data-testid="vm-alerts-none">
        No alerts in this window.
      </p>
    );
  }
  return (
    <div className="alert-timeline">
      {window && (
        <div className="alert-timeline-scale hint" aria-hidden="true">
          <span>{formatDateTime(window.since)}</span>
          <span>{formatDateTime(window.until)}</span>
        </div>
      )}
      <ul className="vm-alerts" data-testid="vm-alerts">
        {alerts.map((alert) => {
          const values = alertValues(alert);
          const span = window && alertSpan(alert, window);
          const severity = alert.severity.toLowerCase();
          return (
            <li key={alert.id} data-testid="vm-alert" data-state={alert.state} data-severity={alert.severity}>
              <span className={`severity severity-${severity}`}>{severityLabel(alert.severity)}</span>{" "}
              <strong>{alert.ruleName}</strong>{" "}
              <span className="muted">
                {alert.state === "FIRING"
                  ? `firing since ${formatDateTime(alert.conditionSince)}`
                  : `${formatDateTime(alert.conditionSince)} – ${alert.resolvedAt ? formatDateTime(alert.resolvedAt) : "?"}` +
                    (alert.resolution ? `, ${alertResolutionLabel(alert.resolution)}` : "")}
                {values && ` · ${values}`}
                {alert.acknowledgement && ` · acknowledged ${formatDateTime(alert.acknowledgement.at)}`}
              </span>
              {span && (
                <span className="alert-timeline-track" aria-hidden="true">
                  <span
                    className={`alert-timeline-bar alert-bar-${severity}${span.ongoing ? " alert-bar-ongoing" : ""}`}
                    style={{ left: `${span.left}%`, width: `${span.width}%` }}
                    data-testid="alert-bar"
                  />
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
