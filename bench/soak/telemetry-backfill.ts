import { setTimeout as sleep } from "node:timers/promises";

/** A collection cycle runs every 5 minutes: once caught up, the newest sample is at most that old (plus slack). */
const CAUGHT_UP_SECONDS = 600;

/** The collector's lag after its last cycle; undefined until a cycle has run (the gauge reads 0 before). */
async function collectorLagSeconds(vmsUrl: string): Promise<number | undefined> {
  try {
    const text = await (await fetch(`${vmsUrl}/metrics`)).text();
    const figure = (name: string) =>
      [...text.matchAll(new RegExp(`^${name}(?:\\{[^}]*\\})?\\s+(\\S+)$`, "gm"))].map((match) => Number(match[1]));
    const cycles = figure("dcx_collector_cycles_total").reduce((sum, count) => sum + count, 0);
    return cycles > 0 ? figure("dcx_collector_lag_seconds")[0] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * On its first start the vms subgraph back-fills days of performance samples into telemetry; that
 * one-off work would be counted against the platform's capacity, so the load waits for it (the
 * collector's lag, from the vms subgraph's /metrics, down to a normal cycle's). True once caught up.
 */
export async function waitForTelemetryBackfill(vmsUrl: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const lag = await collectorLagSeconds(vmsUrl);
    if (lag !== undefined && lag < CAUGHT_UP_SECONDS) return true;
    await sleep(1000);
  }
  return false;
}
