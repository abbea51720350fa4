import { formatDateTime } from "../format";
import { AlertCells } from "./AlertCells";
import { type FragmentType, getFragmentData, graphql } from "../gql";
import { formatMetric } from "../metric-format";
import { alertResolutionLabel } from "../vm/telemetry/alert-labels";

export const ResolvedAlertRow_VmAlertFragment = graphql(`
  fragment ResolvedAlertRow_VmAlertFragment on VmAlert {
    id
    severity
    ruleName
    metric
    unit
    operator
    threshold
    durationMinutes
    firedAt
    resolvedAt
    resolution
    peakValue
    vm {
      id
      name
    }
  }
`);

/** One alert that stopped: which rule (as it was when it fired), where, when it fired, when and why it ended. */
export function ResolvedAlertRow({ alert: ref }: { alert: FragmentType<typeof ResolvedAlertRow_VmAlertFragment> }) {
  const alert = getFragmentData(ResolvedAlertRow_VmAlertFragment, ref);
  return (
    <tr data-testid="resolved-alert" data-severity={alert.severity}>
      <AlertCells alert={alert} testIdPrefix="resolved-alert" />
      <td>{formatDateTime(alert.firedAt)}</td>
      <td data-testid="resolved-alert-resolved">
        {alert.resolvedAt ? formatDateTime(alert.resolvedAt) : <span className="muted">—</span>}
        {alert.resolution && <div className="hint">{alertResolutionLabel(alert.resolution)}</div>}
      </td>
      <td className="num">
        {alert.peakValue == null ? <span className="muted">—</span> : formatMetric(alert.peakValue, alert.unit)}
      </td>
    </tr>
  );
}
