import type { AlertRow } from "../../db/schema";
import { alertMetric } from "../alert-metric";

/** What one e-mail about one alert says: that it fired, or that it resolved. */
export interface AlertNotice {
  kind: "fired" | "resolved";
  alertId: string;
  organizationId: string;
  vmId: string;
  /** The VM's name as the collector last sent it; null if it never did. */
  vmName: string | null;
  ruleName: string;
  metric: string;
  unit: string;
  operator: string;
  threshold: number | null;
  durationMinutes: number;
  severity: string;
  conditionSince: Date;
  firedAt: Date;
  firedValue: number | null;
  peakValue: number | null;
  resolvedAt: Date | null;
  resolution: string | null;
}

/**
 * Tells an organisation's owners and admins about an alert. Resolves to how many e-mails were
 * handed over; throws when delivery should be tried again later (nothing is marked sent then).
 */
export interface AlertNotifier {
  notify(notice: AlertNotice): Promise<number>;
}

const numberOrNull = (value: string | null) => (value === null ? null : Number(value));

export const noticeOf = (row: AlertRow, kind: AlertNotice["kind"], vmName: string | null = null): AlertNotice => ({
  kind,
  alertId: row.id,
  organizationId: row.organizationId,
  vmId: row.vmId,
  vmName,
  ruleName: row.ruleName,
  metric: row.metric,
  unit: alertMetric(row.metric)?.unit ?? "",
  operator: row.operator,
  threshold: numberOrNull(row.threshold),
  durationMinutes: row.durationMinutes,
  severity: row.severity,
  conditionSince: row.conditionSince,
  firedAt: row.firedAt,
  firedValue: numberOrNull(row.firedValue),
  peakValue: numberOrNull(row.peakValue),
  resolvedAt: row.resolvedAt,
  resolution: row.resolution,
});
