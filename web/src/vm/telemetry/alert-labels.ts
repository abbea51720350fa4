import type { AlertResolution, AlertSeverity } from "../../gql/graphql";
import { formatMetric } from "../../metric-format";

export function severityLabel(severity: AlertSeverity): string {
  switch (severity) {
    case "WARNING":
      return "Warning";
    case "CRITICAL":
      return "Critical";
  }
}

/** Why an alert stopped, as a phrase after "resolved". */
export function alertResolutionLabel(resolution: AlertResolution): string {
  switch (resolution) {
    case "CONDITION_CLEARED":
      return "condition cleared";
    case "VM_POWERED_OFF":
      return "VM powered off";
    case "RULE_CHANGED":
      return "rule changed";
    case "RULE_DISABLED":
      return "rule disabled";
    case "RULE_DELETED":
      return "rule deleted";
  }
}

/**
 * The values an alert recorded, in its unit: "95 % when it fired, worst 97 %". Nothing for an
 * alert about missing samples, which has no value (never a made-up 0).
 */
export function alertValues(alert: { unit: string; firedValue?: number | null; peakValue?: number | null }): string {
  const parts: string[] = [];
  if (alert.firedValue != null) parts.push(`${formatMetric(alert.firedValue, alert.unit)} when it fired`);
  if (alert.peakValue != null && alert.peakValue !== alert.firedValue) {
    parts.push(`worst ${formatMetric(alert.peakValue, alert.unit)}`);
  }
  return parts.join(", ");
}
