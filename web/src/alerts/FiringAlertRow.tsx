import { type FragmentType, getFragmentData, graphql } from "../gql";
import { formatDateTime } from "../format";
import { AlertCells } from "./AlertCells";
import { formatMetric } from "../metric-format";
import { AcknowledgeButton } from "./AcknowledgeButton";
import { acknowledgedBy } from "./alert-rules";

export const FiringAlertRow_VmAlertFragment = graphql(`
  fragment FiringAlertRow_VmAlertFragment on VmAlert {
    id
    severity
    ruleName
    metric
    unit
    operator
    threshold
    durationMinutes
    conditionSince
    peakValue
    vm {
      id
      name
    }
    acknowledgement {
      at
      actorKind
      actorId
    }
  }
`);

interface FiringAlertRowProps {
  alert: FragmentType<typeof FiringAlertRow_VmAlertFragment>;
  userId: string;
  users: ReadonlyArray<{ id: string; displayName: string }>;
  canAcknowledge: boolean;
}

/** One firing alert: how bad, which rule (as it was when it fired), where, since when, the worst value, and who is on it. */
export function FiringAlertRow({ alert: ref, userId, users, canAcknowledge }: FiringAlertRowProps) {
  const alert = getFragmentData(FiringAlertRow_VmAlertFragment, ref);
  const acknowledgement = alert.acknowledgement;
  return (
    <tr data-testid="firing-alert" data-severity={alert.severity}>
      <AlertCells alert={alert} testIdPrefix="firing-alert" />
      <td>{formatDateTime(alert.conditionSince)}</td>
      <td className="num">
        {alert.peakValue == null ? <span className="muted">—</span> : formatMetric(alert.peakValue, alert.unit)}
      </td>
      <td data-testid="firing-alert-acknowledgement">
        {acknowledgement ? (
          `By ${acknowledgedBy(acknowledgement, userId, users)}, ${formatDateTime(acknowledgement.at)}`
        ) : canAcknowledge ? (
          <AcknowledgeButton alertId={alert.id} ruleName={alert.ruleName} vmName={alert.vm.name} />
        ) : (
          <span className="muted">Not yet</span>
        )}
      </td>
    </tr>
  );
}
