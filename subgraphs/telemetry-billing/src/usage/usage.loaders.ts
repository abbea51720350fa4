import DataLoader from "dataloader";
import type { TelemetryDb } from "../db/telemetry-db";
import { resolutionFor } from "../rollup/rollup-ladder";
import { type MetricWindow, metricWindowKey } from "../window/metric-window";
import { findOrganizationUsage, type OrganizationUsageValues, type UsageScope } from "./usage.store";

/**
 * Per request: one loader per window and depth (totals only, or series and top VMs too); all
 * organisations asked for with it cost one query.
 */
export function createUsageLoaders(db: TelemetryDb, now: Date) {
  const byWindow = new Map<string, DataLoader<UsageScope, OrganizationUsageValues, string>>();
  return (window: MetricWindow, detail = true): DataLoader<UsageScope, OrganizationUsageValues, string> => {
    const key = `${metricWindowKey(window)}/${detail ? "detail" : "totals"}`;
    let loader = byWindow.get(key);
    if (!loader) {
      const resolution = resolutionFor(window, now);
      loader = new DataLoader((scopes) => findOrganizationUsage(db, scopes, window, resolution, detail), {
        cacheKeyFn: (scope) => `${scope.organizationId}:${[...scope.memberIds].sort().join(",")}`,
      });
      byWindow.set(key, loader);
    }
    return loader;
  };
}
