import type { Visibility } from "@dcx/kit";
import DataLoader from "dataloader";
import type { TelemetryDb } from "../db/telemetry-db";
import { RAW_RESOLUTION, resolutionFor } from "../rollup/rollup-ladder";
import {
  findGuestDisks,
  findVmTelemetry,
  type GuestDiskUsageValues,
  type VmTelemetryValues,
} from "../telemetry/vm-telemetry.store";
import { createUsageLoaders } from "../usage/usage.loaders";
import { type MetricWindow, metricWindowKey } from "../window/metric-window";
import type { RolledMetric } from "../metric/metric-catalogue";
import { findVmMetrics, type VmMetricsValues } from "./vm-metrics.store";

const DAY_MS = 86_400_000;

/**
 * Per-request loaders keyed by VM id, closed over the caller's visible organisations: a page of
 * N VMs costs one query per distinct window (and one for the newest values, one for guest disks),
 * whatever N is. Nothing of an organisation outside `visible` is read.
 */
export function createTelemetryLoaders(db: TelemetryDb, visible: Visibility, now: Date) {
  const metricsByWindow = new Map<string, DataLoader<string, VmMetricsValues>>();
  const disksByInstant = new Map<number, DataLoader<string, GuestDiskUsageValues[]>>();
  const latest = new DataLoader<string, VmTelemetryValues>((ids) => findVmTelemetry(db, ids, visible, now));
  return {
    /** One loader per window and set of metrics asked for. */
    vmMetrics(window: MetricWindow, metrics: readonly RolledMetric[]): DataLoader<string, VmMetricsValues> {
      const key = `${metricWindowKey(window)}/${metrics.map((metric) => metric.field).join(",")}`;
      let loader = metricsByWindow.get(key);
      if (!loader) {
        const resolution = resolutionFor(window, now);
        const rawCovers = window.since.getTime() >= now.getTime() - RAW_RESOLUTION.retentionDays * DAY_MS;
        loader = new DataLoader((ids) => findVmMetrics(db, ids, window, resolution, visible, rawCovers, metrics));
        metricsByWindow.set(key, loader);
      }
      return loader;
    },
    vmTelemetry: latest,
    organizationUsage: createUsageLoaders(db, now),
    /** Guest disks as last reported before `until` (now, or a window's end). */
    guestDisks(until: Date): DataLoader<string, GuestDiskUsageValues[]> {
      let loader = disksByInstant.get(until.getTime());
      if (!loader) {
        loader = new DataLoader((ids) => findGuestDisks(db, ids, visible, until));
        disksByInstant.set(until.getTime(), loader);
      }
      return loader;
    },
  };
}

export type TelemetryLoaders = ReturnType<typeof createTelemetryLoaders>;
