import { setTimeout as sleep } from "node:timers/promises";
import { loadDashboard } from "./dashboard-request";
import type { Person } from "./people";
import { Tally } from "./tally";

export interface CapacityReport {
  /** Complete loads a second inside the measured window. */
  loadsPerSecond: number;
  tally: Tally;
}

/**
 * Closed loop: `inFlight` dashboard loads are kept going, each sent the moment the previous one
 * answered, by the next person in turn, so the platform runs as fast as it can while every person
 * stays inside their own budget. Capacity counts the loads completed inside the window after
 * `warmUpMs` (JIT, connection pools, caches); loads still running at its end are awaited, not
 * counted. Errors and refusals count wherever they fall. A refused load waits a second before the
 * next, as the web app would.
 */
export async function measureCapacity(options: {
  gatewayUrl: string;
  people: Person[];
  inFlight: number;
  warmUpMs: number;
  durationMs: number;
  signal: AbortSignal;
}): Promise<CapacityReport> {
  const tally = new Tally();
  const measureFrom = performance.now() + options.warmUpMs;
  const measureUntil = measureFrom + options.durationMs;
  let turn = 0;
  const loop = async () => {
    while (performance.now() < measureUntil && !options.signal.aborted) {
      const person = options.people[turn++ % options.people.length]!;
      person.refreshWhenDue((error) => tally.recordError("REFRESH_FAILED", String(error)));
      const started = performance.now();
      const outcome = await loadDashboard(options.gatewayUrl, person);
      const ended = performance.now();
      const inWindow = ended >= measureFrom && ended <= measureUntil;
      if (outcome.kind !== "complete" || inWindow) tally.record(outcome, ended - started);
      if (outcome.kind === "rate-limited") await sleep(1000);
    }
  };
  await Promise.all(Array.from({ length: options.inFlight }, loop));
  return { loadsPerSecond: tally.complete / (options.durationMs / 1000), tally };
}
