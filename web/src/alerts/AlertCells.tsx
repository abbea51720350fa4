import { VmLink } from "../components/VmLink";
import { severityLabel } from "../vm/telemetry/alert-labels";
import { describeCondition, type RuleCondition } from "./alert-rules";
import type { AlertSeverity } from "../gql/graphql";

interface AlertCellsProps {
  alert: RuleCondition & {
    severity: AlertSeverity;
    ruleName: string;
    vm: { id: string; name: string };
  };
  /** e.g. "firing-alert" gives the VM link the test id firing-alert-vm. */
  testIdPrefix: string;
}

/** The first three cells of an alert's row: how bad, which rule (as it was when it fired), and where. */
export function AlertCells({ alert, testIdPrefix }: AlertCellsProps) {
  return (
    <>
      <td>
        <span className={`severity severity-${alert.severity.toLowerCase()}`}>{severityLabel(alert.severity)}</span>
      </td>
      <td>
        <strong>{alert.ruleName}</strong>
        <div className="hint">{describeCondition(alert)}</div>
      </td>
      <td className="vm-name">
        <VmLink vmId={alert.vm.id} testId={`${testIdPrefix}-vm`}>
          {alert.vm.name}
        </VmLink>
      </td>
    </>
  );
}

/** The header cells over `AlertCells`. */
export function AlertHeaderCells() {
  return (
    <>
      <th scope="col">Severity</th>
      <th scope="col">Alert</th>
      <th scope="col">VM</th>
    </>
  );
}
