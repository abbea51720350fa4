import { type Clock, systemClock } from "@dcx/kit";
import type { Hypervisor } from "./hypervisor";
import type { MoneyGate } from "./money/money-gate";

/** Hands an operation to the durable job runner; enqueuing one id twice runs it once. */
export interface OperationQueue {
  enqueue(operationId: string): Promise<void>;
}

/**
 * Everything the vms subgraph needs besides its database. Each collaborator is null when it is
 * not configured; the operations that need it are then refused with a clear error.
 */
export interface VmsDeps {
  hypervisor: Hypervisor | null;
  moneyGate: MoneyGate | null;
  queue: OperationQueue | null;
  clock: Clock;
  log: (line: string) => void;
}

/** No hypervisor, wallet or job runner: reads work, operations are refused. */
export const UNCONFIGURED_VMS_DEPS: VmsDeps = {
  hypervisor: null,
  moneyGate: null,
  queue: null,
  clock: systemClock,
  log: (line) => console.log(line),
};
