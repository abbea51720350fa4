import { type Clock } from "@dcx/kit";
import type { VmOperationRow } from "../../db/schema";
import type { Hypervisor, HypervisorVm } from "../../hypervisor";
import type { MoneyGate } from "../../money/money-gate";
import type { VmsDb } from "../../vm/vm.store";
import { OperationFailure } from "./runner.errors";
import type { RunnerOptions } from "./runner.config";

/** Everything one run of one operation works with. */
export interface JobContext {
  db: VmsDb;
  hypervisor: Hypervisor;
  moneyGate: MoneyGate | null;
  options: RunnerOptions;
  clock: Clock;
  log: (line: string) => void;
  operation: VmOperationRow;
  /** Epoch ms by which this run must have ended: a little before the job's expiry. */
  deadline: number;
}

/** What an operation changed, for its audit event. */
export interface Change {
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Time left for a wait inside the job (never less than a moment, so a late call still polls once). */
export const remainingMs = (job: JobContext) => Math.max(100, job.deadline - Date.now());

/** The deadline of a run that starts now: its expiry less a margin for writing the result. */
export function deadlineFor(options: RunnerOptions, startedAt = Date.now()): number {
  const expiryMs = options.expireSeconds * 1000;
  const margin = Math.max(500, Math.min(30_000, expiryMs * 0.1));
  return startedAt + expiryMs - margin;
}

/** The operation's input, as the API wrote it (camelCase JSON). */
export const inputOf = <T>(job: JobContext): T => job.operation.input as T;

/** The VM in vCenter by the instance UUID the platform recorded; a VM gone from vCenter fails the operation. */
export async function requireHypervisorVm(job: JobContext, instanceUuid: string | null): Promise<HypervisorVm> {
  const vm = instanceUuid ? await job.hypervisor.findVmByInstanceUuid(instanceUuid) : null;
  if (!vm) throw new OperationFailure("NOT_FOUND", "The VM no longer exists in vCenter");
  return vm;
}
