import {
  createUsageRelay,
  describeUsageRelay,
  type UsageRelayDeps,
  type UsageRelayOptions,
  type UsageRelayReport,
} from "./usage-relay";

export interface UsageRelaySchedule extends UsageRelayOptions {
  /** Seconds between rounds (more than 0; main.ts starts no schedule for 0). */
  intervalSeconds: number;
  /** Told every round's report (metrics); must not throw. */
  onReport?: (report: UsageRelayReport) => void;
}

export interface RunningUsageRelay {
  /** A round now, or the one already running in this process. */
  runNow(): Promise<UsageRelayReport>;
  /** No further rounds; a running one stops before its next call, and this waits for it. */
  stop(): Promise<void>;
}

/**
 * Relays once at start, then every `intervalSeconds`, never overlapping itself (a tick that finds
 * the previous round still running is skipped). Logs a line for each round that delivered
 * something or failed; a failed round's rows are sent again by the next.
 */
export function startUsageRelay(deps: UsageRelayDeps, schedule: UsageRelaySchedule): RunningUsageRelay {
  const relay = createUsageRelay(deps, schedule);
  const shutdown = new AbortController();
  let running: Promise<UsageRelayReport> | null = null;
  const runNow = () => {
    running ??= relay
      .relay(shutdown.signal)
      .then((report) => {
        const line = describeUsageRelay(report);
        if (line) deps.log(line);
        schedule.onReport?.(report);
        return report;
      })
      .finally(() => (running = null));
    return running;
  };
  const tick = () => {
    if (running || shutdown.signal.aborted) return;
    runNow().catch((error: unknown) => deps.log(`usage relay failed: ${(error as Error).message}`));
  };
  const timer = setInterval(tick, schedule.intervalSeconds * 1000);
  timer.unref();
  tick();
  return {
    runNow,
    stop: async () => {
      clearInterval(timer);
      shutdown.abort();
      await running?.catch(() => undefined);
    },
  };
}
