import type PgBoss from "pg-boss";
import { HYPERVISOR_ERROR_CODES } from "../../hypervisor";
import { failOperation } from "./operation.finish";
import type { RunnerContext } from "./operation.job";
import { ACTIVE_STATUSES, loadOperation, staleActiveOperations } from "./operation.store";

/** Operations looked at per sweep; the rest wait for the next one. */
const SWEEP_BATCH = 200;

export interface SweepResult {
  /** Queued or running operations that had no job (their enqueue was lost): enqueued now. */
  enqueued: number;
  /** Operations whose job ended without ending them (retries exhausted, e.g. by dead processes): failed now. */
  failed: number;
}

/** The code a dead job leaves: the hypervisor's, when its last error had one. */
function failureOfJob(output: unknown): { code: string; message: string } {
  const error = (output ?? {}) as { code?: unknown; message?: unknown; value?: { message?: unknown } };
  const message = String(error.message ?? error.value?.message ?? "the job ended without finishing the operation");
  const code = HYPERVISOR_ERROR_CODES.find((known) => known === error.code);
  return { code: code ?? (message.includes("timeout") ? "JOB_EXPIRED" : "JOB_FAILED"), message };
}

/**
 * Reconciles operations with their jobs: an operation still queued or running a few seconds after
 * its last change must have a live job. None → enqueue it (its id makes a second enqueue a no-op).
 * Its job ended (failed after its last retry, or completed without ending the operation) → the
 * operation fails and its hold is released, so nothing stays RUNNING forever.
 */
export async function sweepOperations(
  context: RunnerContext,
  boss: PgBoss,
  queue: string,
  enqueue: (operationId: string) => Promise<void>,
): Promise<SweepResult> {
  const result: SweepResult = { enqueued: 0, failed: 0 };
  const stale = await staleActiveOperations(context.db, context.options.sweepAfterSeconds, SWEEP_BATCH);
  for (const { id } of stale) {
    const job = await boss.getJobById<unknown>(queue, id, { includeArchive: true });
    if (!job) {
      await enqueue(id);
      result.enqueued += 1;
      continue;
    }
    if (job.state !== "failed" && job.state !== "completed" && job.state !== "cancelled") continue;
    // Read again: a job completes just after its handler ended the operation.
    const operation = await loadOperation(context.db, id);
    if (!operation || !(ACTIVE_STATUSES as readonly string[]).includes(operation.status)) continue;
    const failure = failureOfJob(job.output);
    context.log(`operation ${id} (${operation.kind}): its job ${job.state}; failing it: ${failure.message}`);
    await failOperation(context, operation, failure, { lenient: true });
    result.failed += 1;
  }
  return result;
}
