import type { AlertActorKind, AlertMetric, AlertOperator, UserRole } from "../gql/graphql";
import { formatDuration, formatMetric } from "../metric-format";

/** Changing rules: owners and admins; the server refuses everyone else (FORBIDDEN). */
export const mayManageAlertRules = (role: UserRole) => role === "OWNER" || role === "ADMIN";

/** Acknowledging: owners, admins and members, who operate the VMs; not billing or read-only users. */
export const mayAcknowledgeAlerts = (role: UserRole) => role === "OWNER" || role === "ADMIN" || role === "MEMBER";

/** What each metric is called and the unit its threshold is in (the graph's `AlertRule.unit`). */
export const ALERT_METRICS: Record<AlertMetric, { label: string; unit: string }> = {
  CPU: { label: "CPU", unit: "%" },
  CPU_READY: { label: "CPU ready", unit: "%" },
  MEMORY: { label: "Memory", unit: "%" },
  MEMORY_ACTIVE: { label: "Active memory", unit: "MB" },
  DISK_READ: { label: "Disk read", unit: "KB/s" },
  DISK_WRITE: { label: "Disk write", unit: "KB/s" },
  DISK_READ_IOPS: { label: "Disk reads", unit: "IOPS" },
  DISK_WRITE_IOPS: { label: "Disk writes", unit: "IOPS" },
  DISK_LATENCY: { label: "Disk latency", unit: "ms" },
  NETWORK_RECEIVE: { label: "Network receive", unit: "KB/s" },
  NETWORK_TRANSMIT: { label: "Network transmit", unit: "KB/s" },
  GUEST_DISK_USED: { label: "Guest disk used", unit: "%" },
  NO_SAMPLES: { label: "No samples", unit: "min" },
};

export const OPERATOR_SYMBOLS: Record<AlertOperator, string> = {
  GREATER_THAN: ">",
  GREATER_THAN_OR_EQUAL: "≥",
  LESS_THAN: "<",
  LESS_THAN_OR_EQUAL: "≤",
};

export interface RuleCondition {
  metric: AlertMetric;
  operator: AlertOperator;
  threshold?: number | null;
  unit: string;
  durationMinutes: number;
}

/** "CPU > 90 % for 15 min", "Guest disk used > 85 % on one sample", "No samples for more than 15 min". */
export function describeCondition(rule: RuleCondition): string {
  if (rule.metric === "NO_SAMPLES") return `No samples for more than ${formatDuration(rule.durationMinutes)}`;
  const threshold = rule.threshold == null ? "?" : formatMetric(rule.threshold, rule.unit);
  const held = rule.durationMinutes === 0 ? "on one sample" : `for ${formatDuration(rule.durationMinutes)}`;
  return `${ALERT_METRICS[rule.metric].label} ${OPERATOR_SYMBOLS[rule.operator]} ${threshold} ${held}`;
}

export interface Acknowledgement {
  at: string;
  actorKind: AlertActorKind;
  actorId: string;
}

/**
 * Who acknowledged, in words: "you", a user of the organisation by name, or what is known of
 * anyone else (a user of the organisation above it, a partner's API key).
 */
export function acknowledgedBy(
  acknowledgement: Acknowledgement,
  me: string,
  users: ReadonlyArray<{ id: string; displayName: string }>,
): string {
  if (acknowledgement.actorKind === "API_KEY") return "an API key";
  if (acknowledgement.actorId === me) return "you";
  return users.find((user) => user.id === acknowledgement.actorId)?.displayName ?? "a user of another organisation";
}
