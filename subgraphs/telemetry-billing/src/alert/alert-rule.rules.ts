import { badUserInput, cleanText } from "@dcx/kit";
import { type AlertMetricDefinition, alertMetric, NO_SAMPLES, SAMPLE_INTERVAL_MINUTES } from "./alert-metric";
import { AlertOperator, AlertSeverity } from "./alert-rule.type";

export const RULE_NAME_MAX_LENGTH = 80;
export const MAX_DURATION_MINUTES = 1440;
/**
 * vCenter publishes a 5-minute sample some minutes after its interval ends and the collector
 * polls every 5 minutes, so a healthy VM's newest sample can be up to about 10 minutes old:
 * silence is counted from 15 minutes, the age at which `Vm.telemetry` calls a VM stale.
 */
export const MIN_NO_SAMPLES_MINUTES = 3 * SAMPLE_INTERVAL_MINUTES;

const OPERATORS: readonly string[] = Object.values(AlertOperator);
const SEVERITIES: readonly string[] = Object.values(AlertSeverity);

export const checkedName = (value: unknown, field: string): string =>
  cleanText(value, { field, label: "The rule's name", maxLength: RULE_NAME_MAX_LENGTH });

export function checkedMetric(value: unknown, field: string): AlertMetricDefinition {
  const metric = typeof value === "string" ? alertMetric(value) : undefined;
  if (!metric) throw badUserInput("Unknown metric", field);
  return metric;
}

export function checkedOperator(value: unknown, field: string): AlertOperator {
  if (!OPERATORS.includes(value as string)) throw badUserInput("Unknown operator", field);
  return value as AlertOperator;
}

export function checkedSeverity(value: unknown, field: string): AlertSeverity {
  if (!SEVERITIES.includes(value as string)) throw badUserInput("Unknown severity", field);
  return value as AlertSeverity;
}

/** The threshold as stored (numeric text with 2 decimals); null for NO_SAMPLES, which takes none. */
export function checkedThreshold(metric: AlertMetricDefinition, value: unknown, field: string): string | null {
  if (metric.key === NO_SAMPLES) {
    if (value !== null && value !== undefined) throw badUserInput("NO_SAMPLES takes no threshold", field);
    return null;
  }
  if (value === null || value === undefined) throw badUserInput("A threshold is required", field);
  const valid =
    typeof value === "number" &&
    Number.isFinite(value) &&
    value >= 0 &&
    value <= metric.maxThreshold &&
    Number(value.toFixed(2)) === value;
  if (!valid) {
    throw badUserInput(
      `The threshold must be a number from 0 to ${metric.maxThreshold} ${metric.unit} with at most 2 decimals`,
      field,
    );
  }
  return (value as number).toFixed(2);
}

export function checkedDuration(metric: AlertMetricDefinition, value: unknown, field: string): number {
  const min = metric.key === NO_SAMPLES ? MIN_NO_SAMPLES_MINUTES : 0;
  const valid =
    typeof value === "number" &&
    Number.isInteger(value) &&
    value >= min &&
    value <= MAX_DURATION_MINUTES &&
    value % SAMPLE_INTERVAL_MINUTES === 0;
  if (!valid) {
    throw badUserInput(
      `durationMinutes must be a multiple of ${SAMPLE_INTERVAL_MINUTES} from ${min} to ${MAX_DURATION_MINUTES}`,
      field,
    );
  }
  return value as number;
}
