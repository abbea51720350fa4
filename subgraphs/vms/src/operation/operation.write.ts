import { type Caller, conflict, isUniqueViolation } from "@dcx/kit";
import { actorOf } from "../audit/audit.writer";
import type { ReserveRequest } from "../money/money-gate";
import type { VmsDb } from "../vm/vm.store";
import type { OperationDeps } from "./operation.deps";
import { insertOperation } from "./operation.store";
import type { VmOperation, VmOperationKind } from "./operation.type";

export interface OperationPlan {
  /** Chosen before anything is written: the hold and (for a create) the VM's marker derive from it. */
  id: string;
  organizationId: string;
  vmId: string;
  vmName: string;
  kind: VmOperationKind;
  input: Record<string, unknown>;
  caller: Caller;
  idempotencyKey?: string;
  /** What the wallet must hold before the operation is written; none for what costs nothing more. */
  reserve?: Omit<ReserveRequest, "organizationId" | "operationId">;
  /**
   * Rows written in the same transaction before the operation (the VM of a create, a delete's
   * lifecycle); what it answers is added to the operation's input (a create's allocated addresses).
   */
  writeBefore?: (tx: VmsDb) => Promise<Record<string, unknown> | void>;
}

/** The unique index a refused write broke, as both drivers report it. */
export function violatedConstraint(error: unknown): string | null {
  if (!isUniqueViolation(error)) return null;
  const cause = ((error as { cause?: unknown })?.cause ?? error) as { constraint?: string };
  return cause.constraint ?? null;
}

export const inProgress = (vmName: string) => conflict(`VM ${vmName} has an operation in progress`);

/**
 * Money first, then one transaction, then the queue: the wallet holds what the operation may cost,
 * the operation (queued, with the hold's id) is written with whatever it changes, and only then is
 * it handed to the job runner. A write that fails gives the hold back. An enqueue that fails is
 * logged, not answered: the operation is written, and the runner's sweep picks up queued rows.
 */
export async function placeOperation(db: VmsDb, deps: OperationDeps, plan: OperationPlan): Promise<VmOperation> {
  const reservation =
    plan.reserve && deps.moneyGate
      ? await deps.moneyGate.reserve({ ...plan.reserve, organizationId: plan.organizationId, operationId: plan.id })
      : null;
  let operation: VmOperation;
  try {
    operation = await db.transaction(async (tx) => {
      const written = (await plan.writeBefore?.(tx)) ?? {};
      const actor = actorOf(plan.caller);
      return insertOperation(tx, {
        id: plan.id,
        organizationId: plan.organizationId,
        vmId: plan.vmId,
        kind: plan.kind,
        status: "queued",
        input: { ...plan.input, ...written },
        requestedByKind: actor.kind,
        requestedById: actor.id,
        idempotencyKey: plan.idempotencyKey ?? null,
        holdId: reservation?.holdId ?? null,
      });
    });
  } catch (error) {
    if (reservation) await releaseQuietly(deps, reservation.holdId);
    if (violatedConstraint(error) === "vm_operations_one_active_per_vm") throw inProgress(plan.vmName);
    throw error;
  }
  try {
    await deps.queue.enqueue(operation.id);
  } catch (error) {
    deps.log(`operation ${operation.id} written but not enqueued (the sweep will pick it up): ${String(error)}`);
  }
  return operation;
}

/** A failed release is logged rather than answered: the refusal is what the caller needs to see. */
async function releaseQuietly(deps: OperationDeps, holdId: string): Promise<void> {
  try {
    await deps.moneyGate?.release(holdId);
  } catch (error) {
    deps.log(`hold ${holdId} not released after a refused write: ${String(error)}`);
  }
}
