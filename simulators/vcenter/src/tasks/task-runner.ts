import { setTimeout as sleep } from "node:timers/promises";
import type { TaskRecord } from "../model/inventory.types";
import type { SimulatorContext } from "../model/simulator-context";
import { allocateId } from "../model/vm-factory";
import { VimFault } from "../soap/envelope";
import type { MoRef } from "../soap/request-reader";
import { faultToRecord } from "./task-info";

export interface TaskOperation {
  kind: string;
  [field: string]: unknown;
}

/** What a kind of task does: `validate` when it starts (fails fast), `execute` when its time is up. */
export interface OperationHandler {
  /** Tasks with the same lock run one after another (vCenter serialises tasks on one VM). */
  lock: (operation: TaskOperation) => string;
  validate: (context: SimulatorContext, operation: TaskOperation) => void;
  execute: (context: SimulatorContext, operation: TaskOperation, task: TaskRecord) => MoRef | null;
  /** How long the task takes by default, in ms. */
  durationMs: number;
}

const KEEP_FINISHED_TASKS = 5000;

export interface NewTask {
  name: string;
  descriptionId: string;
  entity: MoRef;
  entityName: string;
  operation: TaskOperation;
}

export class TaskRunner {
  private readonly locks = new Map<string, Promise<void>>();
  private readonly stop = new AbortController();
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly context: SimulatorContext,
    private readonly handlers: Record<string, OperationHandler>,
    /** Overrides every handler's duration (tests use a few ms). */
    private readonly durationMs?: number,
  ) {}

  start(input: NewTask): MoRef {
    const { state, now } = this.context;
    const task: TaskRecord = {
      id: allocateId(state, "task"),
      ...input,
      state: "queued",
      progress: null,
      result: null,
      error: null,
      queueTime: now().toISOString(),
      startTime: null,
      completeTime: null,
    };
    state.tasks[task.id] = task;
    this.prune();
    this.context.changed();
    this.schedule(task);
    return { type: "Task", value: task.id };
  }

  /** Runs again the tasks a previous process left queued or running: each completes or fails cleanly. */
  resume(): void {
    for (const task of Object.values(this.context.state.tasks)) {
      if (task.state !== "queued" && task.state !== "running") continue;
      task.state = "queued";
      task.progress = null;
      this.schedule(task);
    }
  }

  private schedule(task: TaskRecord): void {
    const handler = this.handlers[(task.operation as TaskOperation).kind];
    const key = handler ? handler.lock(task.operation as TaskOperation) : task.id;
    const previous = this.locks.get(key) ?? Promise.resolve();
    const run = previous.then(() => this.run(task, handler)).catch(() => undefined);
    this.locks.set(key, run);
    this.running.add(run);
    void run.finally(() => {
      this.running.delete(run);
      if (this.locks.get(key) === run) this.locks.delete(key);
    });
  }

  private async run(task: TaskRecord, handler: OperationHandler | undefined): Promise<void> {
    if (this.stop.signal.aborted) return;
    const { context } = this;
    const operation = task.operation as TaskOperation;
    task.state = "running";
    task.startTime = context.now().toISOString();
    task.progress = 0;
    context.changed();
    const duration = this.durationMs ?? handler?.durationMs ?? 1000;
    try {
      if (!handler) throw new VimFault("NotSupported");
      handler.validate(context, operation);
      for (let step = 1; step < 10; step++) {
        await sleep(duration / 10, undefined, { signal: this.stop.signal });
        task.progress = step * 10;
      }
      await sleep(duration / 10, undefined, { signal: this.stop.signal });
      task.result = handler.execute(context, operation, task);
      task.state = "success";
    } catch (error) {
      // Stopped mid-task: the persisted task stays running and resumes on the next start.
      if (this.stop.signal.aborted) return;
      const fault = error instanceof VimFault ? error : new VimFault("SystemError", [], String(error));
      task.error = faultToRecord(fault);
      task.state = "error";
    }
    task.progress = 100;
    task.completeTime = context.now().toISOString();
    context.changed();
  }

  private prune(): void {
    const finished = Object.values(this.context.state.tasks).filter(
      (task) => task.state === "success" || task.state === "error",
    );
    for (const task of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED_TASKS)))
      delete this.context.state.tasks[task.id];
  }

  /** Stops running tasks where they are; they resume when a simulator opens the same data again. */
  async close(): Promise<void> {
    this.stop.abort();
    await Promise.allSettled([...this.running]);
  }
}
