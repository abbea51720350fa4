import type { Database } from "@dcx/kit";
import PgBoss from "pg-boss";
import type { vmsTables } from "../../db/schema";
import { cycleLock } from "../../telemetry/collector-lock";
import type { Hypervisor } from "../../hypervisor";
import type { OperationQueue, VmsDeps } from "../../vms.deps";
import { type Attempt, runOperation, type RunnerContext } from "./operation.job";
import { sweepOperations, type SweepResult } from "./operation.sweep";
import { DEFAULT_RUNNER_OPTIONS, type RunnerOptions } from "./runner.config";

/** The pg-boss queue VM operations run on. */
export const OPERATIONS_QUEUE = "vm-operations";
/** pg-boss keeps its tables in this schema of the vms database and migrates them itself at start. */
export const JOB_SCHEMA = "pgboss";

interface OperationJob {
  operationId: string;
}

export interface OperationRunner {
  queue: OperationQueue;
  /**
   * Reconciles operations with their jobs now (it also runs every `sweepSeconds`); finds nothing to
   * do while another replica's sweep runs.
   */
  sweep(): Promise<SweepResult>;
  /** Takes no more jobs, lets running ones finish (up to `timeoutMs`), then stops. */
  stop(options?: { timeoutMs?: number }): Promise<void>;
}

/**
 * Runs VM operations as pg-boss jobs on the subgraph's own database connection: a few at a time,
 * transient hypervisor errors retried with backoff, a job whose process died retried after its
 * expiry, and a sweep for operations whose enqueue was lost or whose job gave up.
 */
export async function startOperationRunner(
  database: Pick<Database<typeof vmsTables>, "db" | "executeSql"> &
    Partial<Pick<Database<typeof vmsTables>, "backgroundDb" | "driver">>,
  deps: Pick<VmsDeps, "moneyGate" | "clock" | "log"> & { hypervisor: Hypervisor },
  overrides: Partial<RunnerOptions> = {},
): Promise<OperationRunner> {
  const options: RunnerOptions = { ...DEFAULT_RUNNER_OPTIONS, ...overrides };
  const context: RunnerContext = {
    db: database.db,
    hypervisor: deps.hypervisor,
    moneyGate: deps.moneyGate,
    clock: deps.clock,
    log: deps.log,
    options,
  };
  const retry = {
    retryLimit: options.retryLimit,
    retryDelay: options.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: options.expireSeconds,
  };
  const boss = new PgBoss({
    db: { executeSql: (text, values) => database.executeSql(text, values) },
    schema: JOB_SCHEMA,
    ...retry,
    // Expired jobs are looked for at this pace; no cron schedules, no state monitor.
    maintenanceIntervalSeconds: options.sweepSeconds,
    schedule: false,
  });
  boss.on("error", (error) => deps.log(`job runner: ${error.message}`));
  await boss.start();
  await boss.createQueue(OPERATIONS_QUEUE, { name: OPERATIONS_QUEUE, policy: "standard", ...retry });
  // A queue made by an earlier start keeps its settings unless they are written again.
  await boss.updateQueue(OPERATIONS_QUEUE, { name: OPERATIONS_QUEUE, policy: "standard", ...retry });

  // Within one process an operation runs once at a time, even if its job expired and came back.
  const running = new Map<string, Promise<void>>();
  const runExclusive = async (operationId: string, attempt: Attempt) => {
    await running.get(operationId)?.catch(() => undefined);
    const run = runOperation(context, operationId, attempt);
    running.set(operationId, run);
    try {
      await run;
    } finally {
      if (running.get(operationId) === run) running.delete(operationId);
    }
  };

  const workers: string[] = [];
  for (let n = 0; n < options.concurrency; n++) {
    workers.push(
      await boss.work<OperationJob>(
        OPERATIONS_QUEUE,
        { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: options.pollingSeconds },
        async (jobs) => {
          for (const job of jobs) await runExclusive(job.data.operationId, job);
        },
      ),
    );
  }

  const queue: OperationQueue = {
    async enqueue(operationId) {
      // The operation's id is the job's: pg-boss ignores a second send of the same id.
      await boss.send(OPERATIONS_QUEUE, { operationId } satisfies OperationJob, { id: operationId });
      for (const worker of workers) boss.notifyWorker(worker);
    },
  };

  // One sweep at a time across replicas: two would both clean up after the same dead create (power
  // off and destroy its VM twice over). Without a driver (a runner wired by hand) only this
  // process's sweeps are kept apart.
  const { backgroundDb, driver } = database;
  const sweepLock = backgroundDb && driver ? cycleLock({ backgroundDb, driver }, "vms:operation-sweep") : null;
  const sweepOnce = async (): Promise<SweepResult> => {
    const run = () => sweepOperations(context, boss, OPERATIONS_QUEUE, queue.enqueue);
    if (!sweepLock) return run();
    const outcome = await sweepLock(run);
    return outcome.ran ? outcome.result : { enqueued: 0, failed: 0 };
  };
  let sweeping: Promise<SweepResult> | undefined;
  const sweep = () => {
    sweeping ??= sweepOnce().finally(() => {
      sweeping = undefined;
    });
    return sweeping;
  };
  const sweepQuietly = () =>
    void sweep()
      .then((result) => {
        if (result.enqueued || result.failed) {
          deps.log(
            `job runner sweep: ${result.enqueued} enqueued again, ${result.failed} failed after their job gave up`,
          );
        }
      })
      .catch((error: unknown) => deps.log(`job runner sweep: ${String(error)}`));
  const timer = setInterval(sweepQuietly, options.sweepSeconds * 1000);
  sweepQuietly();

  return {
    queue,
    sweep,
    async stop({ timeoutMs = 30_000 } = {}) {
      clearInterval(timer);
      await sweeping?.catch(() => undefined);
      await boss.stop({ graceful: true, timeout: timeoutMs, wait: true, close: false });
    },
  };
}
