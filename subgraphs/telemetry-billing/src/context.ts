import { type Caller, type RequestIdentity, visibleOrganizations } from "@dcx/kit";
import type { TelemetryDb } from "./db/telemetry-db";
import { createVmMetricsLoaders } from "./vm-metrics/vm-metrics.loaders";

export interface TelemetryContext {
  db: TelemetryDb;
  /** Who is asking, as the gateway signed it; null before signing in. */
  caller: Caller | null;
  /** The request's "now": every window defaulted in one request ends at the same instant. */
  now: Date;
  /** Loaders closed over the caller: they never read samples of an organisation the caller cannot see. */
  loaders: ReturnType<typeof createVmMetricsLoaders>;
}

export const createTelemetryContext = (db: TelemetryDb, identity: RequestIdentity): TelemetryContext => ({
  db,
  caller: identity.caller,
  now: new Date(),
  loaders: createVmMetricsLoaders(db, visibleOrganizations(identity.caller)),
});
