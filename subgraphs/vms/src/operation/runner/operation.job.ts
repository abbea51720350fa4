import type { VmOperationRow } from "../../db/schema";
import { addDiskHandler, growDiskHandler, resizeHandler } from "./change.handler";
import { createVmHandler } from "./create.handler";
import { deleteVmHandler } from "./delete.handler";
import { type Change, deadlineFor, type JobContext } from "./job.context";
import { failOperation, type FinishContext, succeedOperation } from "./operation.finish";
import { markRunning } from "./operation.store";
import type { RunnerOptions } from "./runner.config";
import { failureOf, isTransient } from "./runner.errors";
import { powerHandler } from "./power.handler";

export interface RunnerContext extends FinishContext {
  options: RunnerOptions;
}

const HANDLERS: Record<VmOperationRow["kind"], (job: JobContext) => Promise<Change>> = {
  create: createVmHandler,
  power_on: (job) => powerHandler(job, "power_on"),
  power_off: (job) => powerHandler(job, "power_off"),
  shutdown: (job) => powerHandler(job, "shutdown"),
  reboot: (job) => powerHandler(job, "reboot"),
  suspend: (job) => powerHandler(job, "suspend"),
  resize: resizeHandler,
  add_disk: addDiskHandler,
  grow_disk: growDiskHandler,
  delete: deleteVmHandler,
};

/** Which attempt this is, as pg-boss counts: retries used so far and allowed in all. */
export interface Attempt {
  retryCount: number;
  retryLimit: number;
}

/**
 * One run of one operation. An operation that has already ended is left alone (enqueued twice,
 * or run again after its result was written). A transient error with attempts left is thrown, so
 * pg-boss retries with backoff; anything else, or the last attempt, ends the operation as failed.
 */
export async function runOperation(context: RunnerContext, operationId: string, attempt: Attempt): Promise<void> {
  const operation = await markRunning(context.db, operationId, context.clock());
  if (!operation) return;
  const job: JobContext = { ...context, operation, deadline: deadlineFor(context.options) };
  const last = attempt.retryCount >= attempt.retryLimit;
  try {
    const change = await HANDLERS[operation.kind](job);
    await succeedOperation(context, operation, change);
  } catch (error) {
    if (isTransient(error) && !last) {
      context.log(`operation ${operationId} (${operation.kind}) will be retried: ${String(error)}`);
      throw error;
    }
    const failure = failureOf(error);
    context.log(`operation ${operationId} (${operation.kind}) failed: ${failure.code}: ${failure.message}`);
    await failOperation(context, job.operation, failure, { lenient: last });
  }
}
