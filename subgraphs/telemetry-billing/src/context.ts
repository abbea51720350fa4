import { type Caller, type RequestIdentity, visibleOrganizations } from "@dcx/kit";
import type { TelemetryDb } from "./db/telemetry-db";
import type { TelemetryDeps } from "./telemetry-billing.deps";
import { createTelemetryLoaders, type TelemetryLoaders } from "./vm-metrics/vm-metrics.loaders";

export interface TelemetryContext {
  db: TelemetryDb;
  /** Who is asking, as the gateway signed it; null before signing in and for a service. */
  caller: Caller | null;
  /** The trusted service calling directly (e.g. `vms`), or null through the gateway. */
  service: string | null;
  /** The request's "now": every window defaulted in one request ends at the same instant. */
  now: Date;
  /** Loaders closed over the caller: they never read data of an organisation the caller cannot see. */
  loaders: TelemetryLoaders;
  deps: TelemetryDeps;
}

export function createTelemetryContext(
  db: TelemetryDb,
  identity: RequestIdentity,
  deps: TelemetryDeps,
): TelemetryContext {
  const now = deps.clock();
  return {
    db,
    caller: identity.caller,
    service: identity.service ?? null,
    now,
    loaders: createTelemetryLoaders(db, visibleOrganizations(identity.caller), now),
    deps,
  };
}
