import type { ReactNode } from "react";
import type { AlertMetric, AlertOperator, AlertSeverity } from "../gql/graphql";
import type { RuleForm, RuleFormErrors } from "./alert-rule-form";
import { ALERT_METRICS, OPERATOR_SYMBOLS } from "./alert-rules";

interface RuleFieldsProps {
  form: RuleForm;
  errors: RuleFormErrors;
  /** A rule's metric cannot change once it exists. */
  metricFixed: boolean;
  onChange: (change: Partial<RuleForm>) => void;
}

const METRICS = Object.keys(ALERT_METRICS) as AlertMetric[];
const OPERATORS = Object.keys(OPERATOR_SYMBOLS) as AlertOperator[];
const SEVERITIES: AlertSeverity[] = ["WARNING", "CRITICAL"];

/** The rule's inputs, each with its label and, beside it, what is wrong with it. */
export function RuleFields({ form, errors, metricFixed, onChange }: RuleFieldsProps) {
  const noSamples = form.metric === "NO_SAMPLES";
  const unit = ALERT_METRICS[form.metric].unit;
  return (
    <div className="field-row">
      <Field id="rule-name" label="Name" error={errors["input.name"]}>
        {(input) => (
          <input
            {...input}
            value={form.name}
            maxLength={80}
            onChange={(event) => onChange({ name: event.target.value })}
          />
        )}
      </Field>
      <Field id="rule-metric" label="Metric" error={errors["input.metric"]}>
        {(input) => (
          <select
            {...input}
            value={form.metric}
            disabled={metricFixed}
            onChange={(event) => onChange({ metric: event.target.value as AlertMetric })}
          >
            {METRICS.map((metric) => (
              <option key={metric} value={metric}>
                {ALERT_METRICS[metric].label}
              </option>
            ))}
          </select>
        )}
      </Field>
      {!noSamples && (
        <>
          <Field id="rule-operator" label="Condition" error={errors["input.operator"]}>
            {(input) => (
              <select
                {...input}
                value={form.operator}
                onChange={(event) => onChange({ operator: event.target.value as AlertOperator })}
              >
                {OPERATORS.map((operator) => (
                  <option key={operator} value={operator}>
                    {OPERATOR_SYMBOLS[operator]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="rule-threshold" label={`Threshold (${unit})`} error={errors["input.threshold"]}>
            {(input) => (
              <input
                {...input}
                inputMode="decimal"
                value={form.threshold}
                onChange={(event) => onChange({ threshold: event.target.value })}
                data-testid="rule-threshold"
              />
            )}
          </Field>
        </>
      )}
      <Field
        id="rule-duration"
        label={noSamples ? "Silent for (minutes)" : "Held for (minutes, 0 = one sample)"}
        error={errors["input.durationMinutes"]}
      >
        {(input) => (
          <input
            {...input}
            inputMode="numeric"
            value={form.durationMinutes}
            onChange={(event) => onChange({ durationMinutes: event.target.value })}
            data-testid="rule-duration"
          />
        )}
      </Field>
      <Field id="rule-severity" label="Severity" error={errors["input.severity"]}>
        {(input) => (
          <select
            {...input}
            value={form.severity}
            onChange={(event) => onChange({ severity: event.target.value as AlertSeverity })}
          >
            {SEVERITIES.map((severity) => (
              <option key={severity} value={severity}>
                {severity === "WARNING" ? "Warning" : "Critical"}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="field rule-enabled">
        <label htmlFor="rule-enabled">
          <input
            id="rule-enabled"
            type="checkbox"
            checked={form.enabled}
            onChange={(event) => onChange({ enabled: event.target.checked })}
            data-testid="rule-enabled"
          />{" "}
          Enabled
        </label>
      </div>
    </div>
  );
}

interface FieldInput {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

/** A labelled input; the error is tied to it for screen readers and marks it invalid. */
function Field(props: { id: string; label: string; error?: string; children: (input: FieldInput) => ReactNode }) {
  const { id, label, error } = props;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {props.children({
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": error ? `${id}-error` : undefined,
      })}
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert" data-testid={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}
