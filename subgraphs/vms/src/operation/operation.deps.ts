import { DomainError } from "@dcx/kit";
import type { MoneyGate } from "../money/money-gate";
import type { OperationQueue, VmsDeps } from "../vms.deps";

export interface OperationDeps {
  queue: OperationQueue;
  /** Null when the operation costs nothing more, so the wallet is not needed. */
  moneyGate: MoneyGate | null;
  log: (line: string) => void;
}

/**
 * The collaborators an operation needs: a hypervisor to act on, the job queue to hand it to, and
 * — when it may cost more — the wallet's money gate. Without one the operation is refused before
 * anything is written.
 */
export function requireOperationDeps(deps: VmsDeps, needs: { money: boolean }): OperationDeps {
  if (!deps.hypervisor) {
    throw new DomainError("HYPERVISOR_UNAVAILABLE", "No hypervisor is configured: VM operations are unavailable");
  }
  if (!deps.queue) {
    throw new DomainError("SERVICE_UNAVAILABLE", "The job runner is not configured: VM operations are unavailable");
  }
  if (needs.money && !deps.moneyGate) {
    throw new DomainError(
      "SERVICE_UNAVAILABLE",
      "The wallet is not configured: operations that cost money are unavailable",
    );
  }
  return { queue: deps.queue, moneyGate: needs.money ? deps.moneyGate : null, log: deps.log };
}
