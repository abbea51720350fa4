import type { TelemetryDb } from "./db/telemetry-db";
import { createVmMetricsLoaders } from "./vm-metrics/vm-metrics.loaders";

export interface TelemetryContext {
  db: TelemetryDb;
  /** The request's "now": every window defaulted in one request ends at the same instant. */
  now: Date;
  loaders: ReturnType<typeof createVmMetricsLoaders>;
}

export const createTelemetryContext = (db: TelemetryDb): TelemetryContext => ({
  db,
  now: new Date(),
  loaders: createVmMetricsLoaders(db),
});
