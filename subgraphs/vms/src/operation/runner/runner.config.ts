import { parseEnv } from "@dcx/kit";
import { z } from "zod";

export type DiskTier = "performance" | "standard" | "archive";

/** How the job runner behaves; `loadRunnerOptions` reads it from the environment once. */
export interface RunnerOptions {
  /** Jobs run at once in this process. */
  concurrency: number;
  /**
   * A job still active after this long is taken for dead (its process was killed) and retried.
   * Every wait inside a job ends a little before it, so a live job never outlasts its expiry.
   */
  expireSeconds: number;
  /** Further attempts after the first, for transient hypervisor errors and dead processes. */
  retryLimit: number;
  /** The first retry waits about this long; each further one about twice as long (pg-boss backoff). */
  retryDelaySeconds: number;
  /** How often expired jobs are looked for, and queued operations without a job re-enqueued. */
  sweepSeconds: number;
  /** A queued operation this old without a job lost its enqueue. */
  sweepAfterSeconds: number;
  /** How long pg-boss waits between polls when idle (an enqueue in this process wakes it at once). */
  pollingSeconds: number;
  /** How long a guest shutdown or reboot may take before the operation fails. */
  guestTimeoutSeconds: number;
  /** The datastore that holds each storage tier's disks. */
  datastores: Record<DiskTier, string>;
}

export const DEFAULT_RUNNER_OPTIONS: RunnerOptions = {
  concurrency: 4,
  expireSeconds: 15 * 60,
  retryLimit: 5,
  retryDelaySeconds: 10,
  sweepSeconds: 30,
  sweepAfterSeconds: 5,
  pollingSeconds: 2,
  guestTimeoutSeconds: 300,
  datastores: { performance: "ds-performance-01", standard: "ds-standard-01", archive: "ds-archive-01" },
};

const count = (fallback: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);
const name = (fallback: string) => z.string().trim().min(1).default(fallback);

/**
 * `VMS_JOB_CONCURRENCY`, `VMS_JOB_EXPIRE_SECONDS`, `VMS_JOB_RETRY_LIMIT`, `VMS_JOB_RETRY_DELAY_SECONDS`,
 * `VMS_JOB_SWEEP_SECONDS`, `VMS_GUEST_TIMEOUT_SECONDS` and `VMS_DATASTORE_{PERFORMANCE,STANDARD,ARCHIVE}`.
 */
export function loadRunnerOptions(env: Record<string, string | undefined> = process.env): RunnerOptions {
  const d = DEFAULT_RUNNER_OPTIONS;
  const parsed = parseEnv(
    {
      VMS_JOB_CONCURRENCY: count(d.concurrency, 1, 64),
      // pg-boss allows at most a day; a VM task never takes that long.
      VMS_JOB_EXPIRE_SECONDS: count(d.expireSeconds, 2, 86_399),
      VMS_JOB_RETRY_LIMIT: count(d.retryLimit, 0, 100),
      VMS_JOB_RETRY_DELAY_SECONDS: count(d.retryDelaySeconds, 0, 3600),
      VMS_JOB_SWEEP_SECONDS: count(d.sweepSeconds, 1, 3600),
      VMS_GUEST_TIMEOUT_SECONDS: count(d.guestTimeoutSeconds, 1, 3600),
      VMS_DATASTORE_PERFORMANCE: name(d.datastores.performance),
      VMS_DATASTORE_STANDARD: name(d.datastores.standard),
      VMS_DATASTORE_ARCHIVE: name(d.datastores.archive),
    },
    env,
  );
  return {
    ...d,
    concurrency: parsed.VMS_JOB_CONCURRENCY,
    expireSeconds: parsed.VMS_JOB_EXPIRE_SECONDS,
    retryLimit: parsed.VMS_JOB_RETRY_LIMIT,
    retryDelaySeconds: parsed.VMS_JOB_RETRY_DELAY_SECONDS,
    sweepSeconds: parsed.VMS_JOB_SWEEP_SECONDS,
    guestTimeoutSeconds: parsed.VMS_GUEST_TIMEOUT_SECONDS,
    datastores: {
      performance: parsed.VMS_DATASTORE_PERFORMANCE,
      standard: parsed.VMS_DATASTORE_STANDARD,
      archive: parsed.VMS_DATASTORE_ARCHIVE,
    },
  };
}
