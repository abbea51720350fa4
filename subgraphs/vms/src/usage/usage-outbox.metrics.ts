import type { ServiceMetrics } from "@dcx/kit";
import type { UsageRelayReport } from "./usage-relay";

/**
 * `dcx_usage_outbox_pending`: billable changes not yet acknowledged by telemetry-billing after the
 * last relay round, and `dcx_usage_relay_rounds_total{outcome}`. A pending count that keeps
 * growing means billing is falling behind (telemetry-billing down, or refusing the changes).
 */
export function usageOutboxGauge(metrics: ServiceMetrics): (report: UsageRelayReport) => void {
  const pending = metrics.gauge("dcx_usage_outbox_pending", "Billable VM changes waiting for telemetry-billing");
  const rounds = metrics.counter("dcx_usage_relay_rounds_total", "Usage relay rounds by outcome", ["outcome"]);
  return (report) => {
    rounds.inc({ outcome: report.outcome });
    if (report.pending !== null) pending.set(report.pending);
  };
}
