import type { Clock } from "@dcx/kit";
import type { VmsDb } from "../vm/vm.store";
import type { OperationQueue } from "../vms.deps";
import { queueSuspensionPowerOffs } from "./suspension-power-off.store";

export interface SuspensionSweepDeps {
  db: VmsDb;
  queue: OperationQueue;
  clock: Clock;
  log: (line: string) => void;
}

export interface SuspensionSweepReport {
  /** Power-off operations written (and handed to the job runner) by this sweep. */
  queued: number;
  /** The organisations they belong to. */
  organizations: number;
}

/**
 * Makes sure every running VM of a suspended organisation ends up off: queues a power-off for
 * each one without an operation in flight, whether it was on when the suspension began or came
 * back on since (powered on in vCenter, found by the inventory sync). An enqueue that fails is
 * logged: the operation is written, and the job runner's own sweep picks up queued rows.
 */
export async function sweepSuspendedVms(
  deps: SuspensionSweepDeps,
  scope: { organizationId?: string } = {},
): Promise<SuspensionSweepReport> {
  const queued = await queueSuspensionPowerOffs(deps.db, deps.clock(), scope.organizationId ?? null);
  for (const { operationId } of queued) {
    try {
      await deps.queue.enqueue(operationId);
    } catch (error) {
      deps.log(
        `suspension power-off ${operationId} written but not enqueued (the runner's sweep will): ${String(error)}`,
      );
    }
  }
  return { queued: queued.length, organizations: new Set(queued.map((entry) => entry.organizationId)).size };
}

export const describeSuspensionSweep = (report: SuspensionSweepReport) =>
  `suspension sweep: ${report.queued} power-off operations queued for ${report.organizations} suspended organisations`;
