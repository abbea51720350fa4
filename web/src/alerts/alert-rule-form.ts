import type { AlertMetric, AlertOperator, AlertSeverity } from "../gql/graphql";

/** What the rule form holds: text as typed, parsed only when it is sent. */
export interface RuleForm {
  name: string;
  metric: AlertMetric;
  operator: AlertOperator;
  threshold: string;
  durationMinutes: string;
  severity: AlertSeverity;
  enabled: boolean;
}

/** Messages by input field, named as the server names them ("input.threshold"). */
export type RuleFormErrors = Partial<Record<`input.${keyof RuleForm}`, string>>;

export interface RuleValues {
  name: string;
  metric: AlertMetric;
  operator: AlertOperator;
  threshold?: number | null;
  durationMinutes: number;
  severity: AlertSeverity;
  enabled: boolean;
}

const decimalComma = new Intl.NumberFormat("en-ZA", { maximumFractionDigits: 2, useGrouping: false });

export function formFromRule(rule: RuleValues): RuleForm {
  return {
    name: rule.name,
    metric: rule.metric,
    operator: rule.operator,
    threshold: rule.threshold == null ? "" : decimalComma.format(rule.threshold),
    durationMinutes: String(rule.durationMinutes),
    severity: rule.severity,
    enabled: rule.enabled,
  };
}

export const NEW_RULE: RuleForm = {
  name: "",
  metric: "CPU",
  operator: "GREATER_THAN",
  threshold: "",
  durationMinutes: "15",
  severity: "WARNING",
  enabled: true,
};

const NUMBER = /^\d+(?:[.,]\d+)?$/;
const WHOLE = /^\d+$/;

/**
 * The values to send, or what is not yet a number. Ranges (0–100 %, a multiple of 5 minutes, the
 * name's length) are the server's to judge; its message is shown at the field it names.
 */
export function ruleValues(form: RuleForm): { values: RuleValues } | { errors: RuleFormErrors } {
  const errors: RuleFormErrors = {};
  const noSamples = form.metric === "NO_SAMPLES";
  const thresholdText = form.threshold.trim();
  if (!noSamples && !NUMBER.test(thresholdText)) {
    errors["input.threshold"] = thresholdText === "" ? "Enter a threshold" : "Enter a number, e.g. 90 or 12,5";
  }
  const durationText = form.durationMinutes.trim();
  if (!WHOLE.test(durationText)) errors["input.durationMinutes"] = "Enter whole minutes, e.g. 15";
  if (Object.keys(errors).length > 0) return { errors };
  return {
    values: {
      name: form.name,
      metric: form.metric,
      operator: form.operator,
      // Not money: a measurement with at most 2 decimals, as the graph's Float takes it.
      threshold: noSamples ? null : Number(thresholdText.replace(",", ".")),
      durationMinutes: Number(durationText),
      severity: form.severity,
      enabled: form.enabled,
    },
  };
}
