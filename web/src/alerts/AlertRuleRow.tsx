import { type FragmentType, getFragmentData, graphql } from "../gql";
import { severityLabel } from "../vm/telemetry/alert-labels";
import { describeCondition } from "./alert-rules";
import { DeleteRuleButton } from "./DeleteRuleButton";

export const AlertRuleRow_AlertRuleFragment = graphql(`
  fragment AlertRuleRow_AlertRuleFragment on AlertRule {
    id
    name
    metric
    unit
    operator
    threshold
    durationMinutes
    severity
    enabled
    isDefault
  }
`);

interface AlertRuleRowProps {
  rule: FragmentType<typeof AlertRuleRow_AlertRuleFragment>;
  canManage: boolean;
  onEdit: () => void;
  onDeleted: () => void;
}

/** One rule: its condition, severity and whether it is on; Edit for all, Delete for the organisation's own. */
export function AlertRuleRow({ rule: ref, canManage, onEdit, onDeleted }: AlertRuleRowProps) {
  const rule = getFragmentData(AlertRuleRow_AlertRuleFragment, ref);
  return (
    <tr data-testid="alert-rule" data-rule-id={rule.id} data-default={rule.isDefault}>
      <th scope="row">
        {rule.name} {rule.isDefault && <span className="rule-kind">default</span>}
      </th>
      <td data-testid="alert-rule-condition">{describeCondition(rule)}</td>
      <td>
        <span className={`severity severity-${rule.severity.toLowerCase()}`}>{severityLabel(rule.severity)}</span>
      </td>
      <td data-testid="alert-rule-status">{rule.enabled ? "Enabled" : <span className="muted">Disabled</span>}</td>
      {canManage && (
        <td className="rule-actions">
          <button
            type="button"
            className="secondary"
            onClick={onEdit}
            aria-label={`Edit ${rule.name}`}
            data-testid="edit-alert-rule"
          >
            Edit
          </button>
          {!rule.isDefault && <DeleteRuleButton ruleId={rule.id} ruleName={rule.name} onDeleted={onDeleted} />}
        </td>
      )}
    </tr>
  );
}
