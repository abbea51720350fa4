import { useState } from "react";
import { useMutation } from "urql";
import { type FragmentType, getFragmentData, graphql } from "../gql";
import { fieldErrorsOf } from "../new-vm/vm-form";
import { formFromRule, NEW_RULE, type RuleForm, type RuleFormErrors, ruleValues } from "./alert-rule-form";
import { RuleFields } from "./RuleFields";

export const AlertRuleForm_AlertRuleFragment = graphql(`
  fragment AlertRuleForm_AlertRuleFragment on AlertRule {
    id
    name
    metric
    operator
    threshold
    durationMinutes
    severity
    enabled
    isDefault
  }
`);

const CreateAlertRuleMutation = graphql(`
  mutation CreateAlertRule($input: CreateAlertRuleInput!) {
    createAlertRule(input: $input) {
      id
    }
  }
`);

const UpdateAlertRuleMutation = graphql(`
  mutation UpdateAlertRule($id: ID!, $input: UpdateAlertRuleInput!) {
    updateAlertRule(id: $id, input: $input) {
      id
      name
      operator
      threshold
      durationMinutes
      severity
      enabled
    }
  }
`);

interface AlertRuleFormProps {
  organizationId: string;
  /** The rule to change; without one, a new rule is added. */
  rule?: FragmentType<typeof AlertRuleForm_AlertRuleFragment>;
  onDone: () => void;
}

/** Adds a rule or changes one (a rule's metric is fixed: another metric is another rule). */
export function AlertRuleForm({ organizationId, rule: ref, onDone }: AlertRuleFormProps) {
  const rule = getFragmentData(AlertRuleForm_AlertRuleFragment, ref);
  const [form, setForm] = useState<RuleForm>(rule ? formFromRule(rule) : NEW_RULE);
  const [errors, setErrors] = useState<RuleFormErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [created, create] = useMutation(CreateAlertRuleMutation);
  const [updated, update] = useMutation(UpdateAlertRuleMutation);
  const busy = created.fetching || updated.fetching;

  const submit = async () => {
    setProblem(null);
    const parsed = ruleValues(form);
    if ("errors" in parsed) return setErrors(parsed.errors);
    setErrors({});
    const { metric, ...changes } = parsed.values;
    const result = rule
      ? await update({ id: rule.id, input: changes })
      : await create({ input: { organizationId, metric, ...changes } });
    if (!result.error) return onDone();
    const { fields, other } = fieldErrorsOf(result.error);
    setErrors(fields as RuleFormErrors);
    setProblem(other.length > 0 ? other.join("; ") : null);
  };

  const title = rule ? `Edit “${rule.name}”` : "New rule";
  return (
    <form
      className="alert-rule-form"
      aria-label={title}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      data-testid="alert-rule-form"
    >
      <h3>{title}</h3>
      <RuleFields
        form={form}
        errors={errors}
        metricFixed={rule !== null && rule !== undefined}
        onChange={(change) => {
          setForm({ ...form, ...change });
          setErrors({});
        }}
      />
      {problem && (
        <p className="field-error" role="alert" data-testid="alert-rule-problem">
          {problem}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="secondary" disabled={busy} data-testid="save-alert-rule">
          {busy ? "Saving…" : rule ? "Save rule" : "Add rule"}
        </button>
        <button type="button" className="secondary" onClick={onDone} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
