import { formatDateTime } from "./format";
import type { PowerState } from "./gql/graphql";

/** What the newest measurements of a VM may be shown as. */
export type TelemetryStatus = { kind: "live" } | { kind: "no-data"; since: string | null };

interface NewestSample {
  stale: boolean;
  sampledAt?: string | null;
  poweredOn?: boolean | null;
}

/**
 * The newest values are shown only while they describe a running VM: when the graph says they are
 * stale (every value is then null), or the VM is off or suspended (the collector takes no samples,
 * and the last ones describe a machine that no longer runs), the VM has "no data since" its newest
 * sample. Never a 0 % for a VM that is simply not measured.
 */
export function telemetryStatus(telemetry: NewestSample, powerState: PowerState): TelemetryStatus {
  const running = powerState === "POWERED_ON" && telemetry.poweredOn !== false;
  if (telemetry.stale || !running) return { kind: "no-data", since: telemetry.sampledAt ?? null };
  return { kind: "live" };
}

/** "No data since 22 Nov 2026, 08:10", or "No data yet" when the VM was never sampled. */
export function noDataText(since: string | null): string {
  return since ? `No data since ${formatDateTime(since)}` : "No data yet";
}
