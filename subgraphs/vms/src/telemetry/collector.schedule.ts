import { describeCollection, type PerformanceCollectionReport } from "./collection-report";
import { type CollectorDeps, type CollectorOptions, createPerformanceCollector } from "./perf-collector";

export interface CollectorSchedule extends CollectorOptions {
  /** Seconds between cycles (more than 0; main.ts starts no schedule for 0). */
  intervalSeconds: number;
  /** The first cycle waits for this (e.g. the first inventory sync), whether it succeeds or not. */
  after?: Promise<unknown>;
  /** Told every cycle's report (metrics); must not throw. */
  onReport?: (report: PerformanceCollectionReport) => void;
}

export interface RunningCollector {
  /** A cycle now, or the one already running in this process. */
  runNow(): Promise<PerformanceCollectionReport>;
  /** No further cycles; a running one stops after its current batch, and this waits for it. */
  stop(): Promise<void>;
}

/**
 * Collects once at start (after `after`), then every `intervalSeconds`, never overlapping itself: a tick that finds
 * the previous cycle still running (a long back-fill) is skipped. Logs one line per cycle.
 */
export function startPerformanceCollector(deps: CollectorDeps, schedule: CollectorSchedule): RunningCollector {
  const collector = createPerformanceCollector(deps, schedule);
  const shutdown = new AbortController();
  let running: Promise<PerformanceCollectionReport> | null = null;
  const runNow = () => {
    running ??= collector
      .collect(shutdown.signal)
      .then((report) => {
        deps.log(describeCollection(report));
        schedule.onReport?.(report);
        return report;
      })
      .finally(() => (running = null));
    return running;
  };
  const tick = () => {
    if (running || shutdown.signal.aborted) return;
    runNow().catch((error: unknown) => deps.log(`performance collection failed: ${(error as Error).message}`));
  };
  const timer = setInterval(tick, schedule.intervalSeconds * 1000);
  timer.unref();
  void Promise.resolve(schedule.after)
    .catch(() => undefined)
    .then(tick);
  return {
    runNow,
    stop: async () => {
      clearInterval(timer);
      shutdown.abort();
      await running?.catch(() => undefined);
    },
  };
}
