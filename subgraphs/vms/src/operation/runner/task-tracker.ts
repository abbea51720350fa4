import { type TaskInfo, type TaskRef } from "../../hypervisor";
import { type JobContext, remainingMs } from "./job.context";
import { saveProgress, saveTask } from "./operation.store";
import { isTransient } from "./runner.errors";

/** At most one progress write per second per operation. */
const PROGRESS_EVERY_MS = 1000;

/**
 * Starts a hypervisor task and awaits it, recording its id on the operation first, so that a run
 * after a crash awaits the same task (`settlePreviousTask`) instead of starting another.
 * `span` maps the task's 0–100 % onto the operation's progress.
 */
export async function runTask(
  job: JobContext,
  start: () => Promise<TaskRef>,
  span: [from: number, to: number] = [0, 99],
): Promise<TaskInfo> {
  const task = await start();
  await saveTask(job.db, job.operation.id, task.id, job.clock());
  job.operation.taskId = task.id;
  return awaitTracked(job, task, span);
}

/** Awaits a task, writing its progress to the operation (throttled, only ever rising). */
export async function awaitTracked(
  job: JobContext,
  task: TaskRef,
  [from, to]: [number, number] = [0, 99],
): Promise<TaskInfo> {
  let written = -1;
  let lastWrite = 0;
  let writing: Promise<void> = Promise.resolve();
  const onProgress = (info: TaskInfo) => {
    const overall = Math.min(99, Math.floor(from + ((to - from) * (info.progress ?? 0)) / 100));
    if (overall <= written || Date.now() - lastWrite < PROGRESS_EVERY_MS) return;
    written = overall;
    lastWrite = Date.now();
    writing = writing
      .then(() => saveProgress(job.db, job.operation.id, overall, job.clock()))
      .catch((error: unknown) => job.log(`operation ${job.operation.id}: progress not saved: ${String(error)}`));
  };
  try {
    return await job.hypervisor.awaitTask(task, { timeoutMs: remainingMs(job), onProgress });
  } finally {
    await writing;
  }
}

/**
 * Waits for the task an earlier run left in flight, whatever it was. Its outcome is not judged
 * here: the steps after look at the VM itself. Still running past the deadline → TIMEOUT (retried).
 */
export async function settlePreviousTask(job: JobContext): Promise<void> {
  const taskId = job.operation.taskId;
  if (!taskId || taskId.startsWith(GUEST_REQUEST)) return;
  try {
    await awaitTracked(job, { id: taskId });
  } catch (error) {
    // Ended in error, or forgotten by vCenter: fine. Unreachable or still running: try later.
    if (isTransient(error)) throw error;
  }
}

/** Guest shutdown and reboot have no task; this prefix on `task_id` records that the request was sent. */
export const GUEST_REQUEST = "guest:";
