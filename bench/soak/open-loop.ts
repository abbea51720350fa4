import { loadDashboard } from "./dashboard-request";
import type { Person } from "./people";
import { Tally } from "./tally";

export interface SoakReport {
  sent: number;
  /** Everything that came back. */
  total: Tally;
  /** The same per minute of the schedule (by when a load was due), so a drift shows. */
  perMinute: Tally[];
  /** The latest a load left after it was due: the load generator's own lag, if any. */
  maxSendLagMs: number;
}

/**
 * Open loop: loads are due at a fixed rate, person after person in turn, and each is sent when
 * due whether or not earlier ones have answered — a slow platform gets no breather, its backlog
 * shows as latency. Latency is measured from when a load was due, so the generator's own delays
 * count against the result rather than hiding it.
 */
export async function runOpenLoop(options: {
  gatewayUrl: string;
  people: Person[];
  loadsPerSecond: number;
  durationMs: number;
  signal: AbortSignal;
}): Promise<SoakReport> {
  const intervalMs = 1000 / options.loadsPerSecond;
  const due = Math.floor((options.durationMs / 1000) * options.loadsPerSecond);
  const report: SoakReport = { sent: 0, total: new Tally(), perMinute: [], maxSendLagMs: 0 };
  const inFlight = new Set<Promise<void>>();
  const start = performance.now();

  const send = (index: number) => {
    const person = options.people[index % options.people.length]!;
    const dueAt = start + index * intervalMs;
    const minute = Math.floor((index * intervalMs) / 60_000);
    const tally = (report.perMinute[minute] ??= new Tally());
    const onRefreshFailure = (error: unknown) => {
      report.total.recordError("REFRESH_FAILED", String(error));
      tally.recordError("REFRESH_FAILED", String(error));
    };
    person.refreshWhenDue(onRefreshFailure);
    report.maxSendLagMs = Math.max(report.maxSendLagMs, performance.now() - dueAt);
    const load = loadDashboard(options.gatewayUrl, person).then((outcome) => {
      const latencyMs = performance.now() - dueAt;
      report.total.record(outcome, latencyMs);
      tally.record(outcome, latencyMs);
      inFlight.delete(load);
    });
    inFlight.add(load);
  };

  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      while (report.sent < due && start + report.sent * intervalMs <= now && !options.signal.aborted) {
        send(report.sent);
        report.sent += 1;
      }
      if (report.sent >= due || options.signal.aborted) return resolve();
      setTimeout(tick, Math.max(0, start + report.sent * intervalMs - performance.now()));
    };
    tick();
  });
  while (inFlight.size > 0) await Promise.all(inFlight);
  return report;
}
