import DataLoader from "dataloader";
import type { TelemetryDb } from "../db/telemetry-db";
import type { Visibility } from "@dcx/kit";
import { type MetricWindow, metricWindowKey } from "./vm-metrics.service";
import type { VmMetrics } from "./vm-metrics.type";
import { findVmMetrics } from "./vm-metrics.store";

/**
 * Per-request loaders: one DataLoader per distinct window, keyed by VM id, so a dashboard
 * asking the same window for N VMs costs one query, and each other window one more. Samples
 * of organisations outside `visible` are never read.
 */
export function createVmMetricsLoaders(db: TelemetryDb, visible: Visibility) {
  const byWindow = new Map<string, DataLoader<string, VmMetrics>>();
  return {
    byWindow,
    vmMetricsForWindow(window: MetricWindow): DataLoader<string, VmMetrics> {
      const key = metricWindowKey(window);
      let loader = byWindow.get(key);
      if (!loader) {
        loader = new DataLoader((vmIds: readonly string[]) => findVmMetrics(db, vmIds, window, visible));
        byWindow.set(key, loader);
      }
      return loader;
    },
  };
}
