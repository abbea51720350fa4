import { setTimeout as sleep } from "node:timers/promises";
import { HypervisorError } from "../hypervisor.error";
import type { AwaitTaskOptions, TaskInfo, TaskRef, TaskState } from "../hypervisor.port";
import { readLocalizedFault } from "./faults";
import type { PropertyCollector } from "./property-collector";
import { child, readMoRef, text, type MoRef, type XmlNode } from "./soap-xml";

const STATES = new Set<TaskState>(["queued", "running", "success", "error"]);

/** What a finished task made (a VM for create and clone), as a reference still to be named. */
export interface RawTaskInfo {
  info: TaskInfo;
  result: MoRef | undefined;
  failure: HypervisorError | undefined;
}

export const taskRef = (task: TaskRef): MoRef => ({ type: "Task", value: task.id });

/** Reads `Task.info` with one PropertyCollector call. */
export async function readTask(collector: PropertyCollector, task: TaskRef): Promise<RawTaskInfo> {
  const content = await collector.retrieveOne(taskRef(task), ["info"]);
  const info = content?.props.get("info");
  if (!info) throw new HypervisorError("NOT_FOUND", `task ${task.id} is unknown to vCenter (finished long ago?)`);
  return parseTaskInfo(task.id, info);
}

function parseTaskInfo(id: string, info: XmlNode): RawTaskInfo {
  const state = text(info, "state") as TaskState;
  const progress = text(info, "progress");
  const error = child(info, "error");
  const description = text(info, "descriptionId") ?? null;
  const failure = error ? readLocalizedFault(error, description ?? "task") : undefined;
  return {
    info: {
      id,
      state: STATES.has(state) ? state : "running",
      progress: progress ? Number(progress) : state === "success" ? 100 : null,
      resultInstanceUuid: null,
      error: failure ? { code: failure.code, message: failure.message, faultName: failure.faultName ?? null } : null,
      descriptionId: description,
      queuedAt: toDate(text(info, "queueTime")),
      startedAt: toDate(text(info, "startTime")),
      completedAt: toDate(text(info, "completeTime")),
    },
    result: readMoRef(child(info, "result")),
    failure,
  };
}

/**
 * Polls until the task ends or `timeoutMs` passes (TIMEOUT; the task itself goes on). Starts at
 * 100 ms between polls and backs off to 1 s, so short tasks finish fast and long ones cost little.
 */
export async function pollTask(
  read: () => Promise<RawTaskInfo>,
  task: TaskRef,
  options: AwaitTaskOptions,
): Promise<RawTaskInfo> {
  const deadline = Date.now() + options.timeoutMs;
  let pause = 100;
  for (;;) {
    const current = await read();
    options.onProgress?.(current.info);
    if (current.info.state === "success") return current;
    if (current.info.state === "error") {
      throw current.failure ?? new HypervisorError("FAULT", `task ${task.id} failed without a fault`);
    }
    const left = deadline - Date.now();
    if (left <= 0) {
      throw new HypervisorError(
        "TIMEOUT",
        `task ${task.id} still ${current.info.state} after ${options.timeoutMs} ms; it goes on in vCenter`,
      );
    }
    await sleep(Math.min(pause, left));
    pause = Math.min(pause * 2, 1000);
  }
}

function toDate(value: string | undefined) {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
