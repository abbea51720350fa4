import { type Clock } from "@dcx/kit";
import { and, eq } from "drizzle-orm";
import { type Actor, recordAuditEvents } from "../../audit/audit.writer";
import { type VmOperationRow, vms } from "../../db/schema";
import type { Hypervisor } from "../../hypervisor";
import type { MoneyGate } from "../../money/money-gate";
import { suspensionNote } from "../../suspension/suspension.note";
import type { VmsDb } from "../../vm/vm.store";
import { releaseVmAddresses } from "./delete.handler";
import type { Change } from "./job.context";
import { endOperation, loadVm } from "./operation.store";

/** What ending an operation needs; the sweep has it without a running job. */
export interface FinishContext {
  db: VmsDb;
  hypervisor: Hypervisor;
  moneyGate: MoneyGate | null;
  clock: Clock;
  log: (line: string) => void;
}

const actorOf = (operation: VmOperationRow): Actor => ({
  kind: operation.requestedByKind,
  id: operation.requestedById,
});

/**
 * Gives back the wallet hold covering the operation. `lenient`: a last attempt that could not
 * reach the wallet still ends the operation (the hold then lapses at its own expiry); otherwise
 * the error is thrown and the job tries again (releasing twice is harmless).
 */
async function releaseHold(context: FinishContext, operation: VmOperationRow, lenient: boolean): Promise<void> {
  if (!operation.holdId) return;
  if (!context.moneyGate) {
    context.log(`operation ${operation.id}: hold ${operation.holdId} not released (no money gate configured)`);
    return;
  }
  try {
    await context.moneyGate.release(operation.holdId);
  } catch (error) {
    if (!lenient) throw error;
    context.log(`operation ${operation.id}: hold ${operation.holdId} could not be released: ${String(error)}`);
  }
}

/** The hold first (a crash after it reruns the idempotent handler), then the end and its audit event in one transaction. */
export async function succeedOperation(context: FinishContext, operation: VmOperationRow, change: Change) {
  await releaseHold(context, operation, false);
  const vm = operation.vmId ? await loadVm(context.db, operation.vmId) : null;
  await context.db.transaction(async (tx) => {
    if (!(await endOperation(tx, operation.id, { status: "succeeded" }, context.clock()))) return;
    await recordAuditEvents(tx, [
      {
        organizationId: operation.organizationId,
        vmId: operation.vmId,
        vmName: vm?.name ?? null,
        kind: `vm.${operation.kind}`,
        actor: actorOf(operation),
        outcome: "succeeded",
        before: change.before,
        after: change.after,
        message: suspensionNote(operation),
        operationId: operation.id,
      },
    ]);
  });
}

/**
 * Ends an operation as failed. A create leaves nothing behind: the VM its marker made (if any) is
 * destroyed, its row marked deleted and its addresses freed. A delete leaves the VM ready again.
 * The hold is released before the end is written, so an operation never ends with its hold held
 * unless the wallet stayed unreachable through the last attempt (`lenient`).
 */
export async function failOperation(
  context: FinishContext,
  operation: VmOperationRow,
  failure: { code: string; message: string },
  options: { lenient: boolean },
): Promise<void> {
  const { db } = context;
  const vm = operation.vmId ? await loadVm(db, operation.vmId) : null;
  if (operation.kind === "create") await destroyMarkedVm(context, operation, vm?.instanceUuid ?? null, options.lenient);
  await releaseHold(context, operation, options.lenient);
  const now = context.clock();
  await db.transaction(async (tx) => {
    if (
      !(await endOperation(
        tx,
        operation.id,
        { status: "failed", errorCode: failure.code, errorMessage: failure.message },
        now,
      ))
    )
      return;
    if (vm && operation.kind === "create") {
      await releaseVmAddresses(tx as unknown as VmsDb, vm.id);
      await tx.update(vms).set({ lifecycle: "deleted", updatedAt: now }).where(eq(vms.id, vm.id));
    }
    if (vm && operation.kind === "delete") {
      await tx
        .update(vms)
        .set({ lifecycle: "ready", updatedAt: now })
        .where(and(eq(vms.id, vm.id), eq(vms.lifecycle, "deleting")));
    }
    await recordAuditEvents(tx, [
      {
        organizationId: operation.organizationId,
        vmId: operation.vmId,
        vmName: vm?.name ?? null,
        kind: `vm.${operation.kind}`,
        actor: actorOf(operation),
        outcome: "failed",
        before: vm ? { lifecycle: vm.lifecycle, powerState: vm.powerState } : null,
        after: null,
        message: `${failure.code}: ${failure.message}`,
        operationId: operation.id,
      },
    ]);
  });
}

/** How long cleaning up after a failed create may wait for each vCenter task. */
const CLEANUP_TASK_MS = 60_000;

/**
 * A failed create's VM, if its marker made one (e.g. it could not be powered on): powered off and
 * destroyed. Looked up by the recorded instance UUID, the marker as instance UUID, then (for a
 * vCenter that assigns its own) the marker in `extraConfig`. Unless `lenient`, a failure is thrown
 * so the job tries again rather than leave a VM nobody pays for.
 */
async function destroyMarkedVm(
  context: FinishContext,
  operation: VmOperationRow,
  recorded: string | null,
  lenient: boolean,
) {
  const { hypervisor } = context;
  try {
    const made =
      (await hypervisor.findVmByInstanceUuid(recorded ?? operation.id)) ??
      (await hypervisor.findVmByMarker(operation.id));
    if (!made) return;
    if (made.powerState !== "poweredOff") {
      await hypervisor.awaitTask(await hypervisor.powerOff(made.instanceUuid), { timeoutMs: CLEANUP_TASK_MS });
    }
    await hypervisor.awaitTask(await hypervisor.destroy(made.instanceUuid), { timeoutMs: CLEANUP_TASK_MS });
  } catch (error) {
    if (!lenient) throw error;
    context.log(`operation ${operation.id}: the failed create's VM could not be removed: ${String(error)}`);
  }
}
