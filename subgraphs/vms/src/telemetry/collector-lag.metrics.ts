import type { ServiceMetrics } from "@dcx/kit";
import type { PerformanceCollectionReport } from "./collection-report";

/**
 * `dcx_collector_lag_seconds`: how old the newest sample delivered by the last collection cycle
 * was (now less its time), and `dcx_collector_cycles_total{outcome}`. An alert on the lag growing
 * catches a stuck collector, a slow vCenter and a telemetry subgraph that stopped acknowledging.
 */
export function collectorLagGauge(metrics: ServiceMetrics): (report: PerformanceCollectionReport) => void {
  const lag = metrics.gauge(
    "dcx_collector_lag_seconds",
    "Age of the newest sample the last collection cycle delivered",
  );
  const cycles = metrics.counter("dcx_collector_cycles_total", "Collection cycles by outcome", ["outcome"]);
  return (report) => {
    cycles.inc({ outcome: report.outcome });
    if (report.lagSeconds !== null) lag.set(report.lagSeconds);
  };
}
