import {
  describeSuspensionSweep,
  type SuspensionSweepDeps,
  type SuspensionSweepReport,
  sweepSuspendedVms,
} from "./suspension.sweep";

export interface RunningSuspensionSweep {
  /** A sweep now, or the one already running. */
  runNow(): Promise<SuspensionSweepReport>;
  /** No further sweeps; waits for a running one. */
  stop(): Promise<void>;
}

/**
 * Sweeps once at start, then every `intervalSeconds`, never overlapping itself (a tick that finds
 * the last sweep running is skipped). Logs a line when it queued something, and failures (the
 * next tick tries again). Every replica may run it: the operations' unique index keeps one
 * power-off per VM.
 */
export function startSuspensionSweep(
  deps: SuspensionSweepDeps,
  schedule: { intervalSeconds: number },
): RunningSuspensionSweep {
  let running: Promise<SuspensionSweepReport> | null = null;
  let stopped = false;
  const runNow = () => {
    running ??= sweepSuspendedVms(deps).finally(() => (running = null));
    return running;
  };
  const tick = () => {
    if (running || stopped) return;
    runNow().then(
      (report) => report.queued > 0 && deps.log(describeSuspensionSweep(report)),
      (error: unknown) => deps.log(`suspension sweep failed: ${(error as Error).message}`),
    );
  };
  const timer = setInterval(tick, schedule.intervalSeconds * 1000);
  timer.unref();
  tick();
  return {
    runNow,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
