import DataLoader from "dataloader";
import type { TelemetryDb } from "../db/telemetry-db";
import { resolutionFor } from "../rollup/rollup-ladder";
import { type MetricWindow, metricWindowKey } from "../window/metric-window";
import { findOrganizationUsage, type OrganizationUsageValues, type UsageScope } from "./usage.store";

/** Per request: one loader per window; all organisations asked for with it cost two queries. */
export function createUsageLoaders(db: TelemetryDb, now: Date) {
  const byWindow = new Map<string, DataLoader<UsageScope, OrganizationUsageValues, string>>();
  return (window: MetricWindow): DataLoader<UsageScope, OrganizationUsageValues, string> => {
    const key = metricWindowKey(window);
    let loader = byWindow.get(key);
    if (!loader) {
      const resolution = resolutionFor(window, now);
      loader = new DataLoader((scopes) => findOrganizationUsage(db, scopes, window, resolution), {
        cacheKeyFn: (scope) => `${scope.organizationId}:${[...scope.memberIds].sort().join(",")}`,
      });
      byWindow.set(key, loader);
    }
    return loader;
  };
}
