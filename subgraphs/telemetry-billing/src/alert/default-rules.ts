import { GUEST_DISK_USED, NO_SAMPLES } from "./alert-metric";
import { AlertOperator, AlertSeverity } from "./alert-rule.type";

export interface DefaultRule {
  key: string;
  name: string;
  metric: string;
  operator: AlertOperator;
  /** In the metric's unit, as stored (numeric text); null for NO_SAMPLES. */
  threshold: string | null;
  durationMinutes: number;
  severity: AlertSeverity;
}

const rule = (
  key: string,
  name: string,
  metric: string,
  threshold: string | null,
  durationMinutes: number,
  severity: AlertSeverity,
): DefaultRule => ({ key, name, metric, operator: AlertOperator.GREATER_THAN, threshold, durationMinutes, severity });

/**
 * The rules every organisation starts with, in the order they are listed. Each organisation gets
 * its own copy on first need (see alert-rule.store.ts), which its owners and admins may change
 * or disable.
 */
export const DEFAULT_RULES: readonly DefaultRule[] = [
  rule("cpu", "CPU above 90 %", "cpu", "90.00", 15, AlertSeverity.WARNING),
  rule("memory", "Memory above 90 %", "memory", "90.00", 15, AlertSeverity.WARNING),
  // A file system fills slowly and does not flap: one sample is enough.
  rule("guestDisk", "Guest disk over 85 % full", GUEST_DISK_USED, "85.00", 0, AlertSeverity.WARNING),
  rule("diskLatency", "Disk latency above 20 ms", "diskLatency", "20.00", 10, AlertSeverity.WARNING),
  // A powered-on VM that sends nothing may have hung, or the platform lost sight of it.
  rule("noSamples", "No samples for 15 minutes", NO_SAMPLES, null, 15, AlertSeverity.CRITICAL),
];
