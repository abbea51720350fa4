import type { Clock } from "@dcx/kit";
import { type Actor, recordAuditEvents } from "../audit/audit.writer";
import type { VmsDb } from "../vm/vm.store";
import type { OperationQueue } from "../vms.deps";
import { findActiveSuspension, findSuspension, insertSuspension, liftSuspension } from "./suspension.store";
import { describeSuspensionSweep, sweepSuspendedVms } from "./suspension.sweep";
import type { VmSuspension } from "./suspension.type";

export interface SuspensionDeps {
  /** The job runner's queue; null without a hypervisor (nothing can be powered off then). */
  queue: OperationQueue | null;
  clock: Clock;
  log: (line: string) => void;
}

/** Every event of a suspension's life, and every operation it queues, names it as the actor. */
const actorOf = (suspension: VmSuspension): Actor => ({ kind: "suspension", id: suspension.id });

/**
 * Suspends the organisation's VMs, once: an organisation already suspended keeps its suspension
 * (reason and time unchanged). The start is audited with the suspension. Then every running VM
 * without an operation in flight gets a power-off operation — also when suspended already, so a
 * VM that is on again is powered off. Answers the active suspension.
 */
export async function suspendOrganizationVms(
  db: VmsDb,
  deps: SuspensionDeps,
  request: { organizationId: string; reason: string; requestedBy: string },
): Promise<VmSuspension> {
  const { organizationId, reason } = request;
  const suspension = await db.transaction(async (tx) => {
    const created = await insertSuspension(tx, { organizationId, reason, suspendedAt: deps.clock() });
    if (!created) return findActiveSuspension(tx, organizationId);
    await recordAuditEvents(tx, [
      {
        organizationId,
        kind: "suspension.started",
        actor: actorOf(created),
        outcome: "succeeded",
        after: { suspendedAt: created.suspendedAt.toISOString(), reason },
        message: `VMs suspended at the ${request.requestedBy} service's request: ${reason}`,
      },
    ]);
    return created;
  });
  // Lifted between the refused insert and the read (only on a server, under a race): try again.
  if (!suspension) return suspendOrganizationVms(db, deps, request);
  await queuePowerOffs(db, deps, organizationId);
  return (await findSuspension(db, suspension.id))!;
}

async function queuePowerOffs(db: VmsDb, deps: SuspensionDeps, organizationId: string): Promise<void> {
  if (!deps.queue) {
    deps.log(`organisation ${organizationId} suspended: no job runner is configured, so no VM is powered off`);
    return;
  }
  const report = await sweepSuspendedVms(
    { db, queue: deps.queue, clock: deps.clock, log: deps.log },
    { organizationId },
  );
  if (report.queued) deps.log(describeSuspensionSweep(report));
}

/**
 * Ends the organisation's active suspension and audits it; null when there was none. VMs stay
 * off: their users power them on.
 */
export async function liftVmSuspension(
  db: VmsDb,
  deps: Pick<SuspensionDeps, "clock">,
  request: { organizationId: string; requestedBy: string },
): Promise<VmSuspension | null> {
  const lifted = await db.transaction(async (tx) => {
    const suspension = await liftSuspension(tx, request.organizationId, deps.clock());
    if (!suspension) return null;
    await recordAuditEvents(tx, [
      {
        organizationId: request.organizationId,
        kind: "suspension.lifted",
        actor: actorOf(suspension),
        outcome: "succeeded",
        before: { suspendedAt: suspension.suspendedAt.toISOString(), reason: suspension.reason },
        after: { liftedAt: suspension.liftedAt!.toISOString() },
        message: `Suspension lifted at the ${request.requestedBy} service's request: VMs stay off until their users power them on`,
      },
    ]);
    return suspension;
  });
  return lifted;
}
