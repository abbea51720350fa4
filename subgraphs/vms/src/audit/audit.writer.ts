import type { Caller } from "@dcx/kit";
import { auditEvents } from "../db/schema";
import type { VmsDb } from "../vm/vm.store";

/**
 * Who acted: a signed-in user, a partner's API key, the platform itself (the inventory sync), or
 * the platform because the organisation is suspended (powering its VMs off).
 */
export interface Actor {
  kind: "user" | "api_key" | "system" | "suspension";
  /** The user's, API key's or suspension's id; null for the platform. */
  id: string | null;
}

export const SYSTEM_ACTOR: Actor = { kind: "system", id: null };

export const actorOf = (caller: Caller): Actor => ({ kind: caller.kind, id: caller.id });

export interface AuditEventInput {
  organizationId: string;
  vmId?: string | null;
  vmName?: string | null;
  /**
   * `vm.<operation kind>` for operations, `drift.vm_appeared | drift.vm_changed | drift.vm_vanished`
   * for the sync, `suspension.started | suspension.lifted` for an organisation suspended for unpaid usage.
   */
  kind: string;
  actor: Actor;
  outcome: "succeeded" | "failed" | "detected";
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  message?: string | null;
  operationId?: string | null;
  occurredAt?: Date;
}

/** Appends audit events (never updated or deleted). Pass a transaction to write them with the change they record. */
export async function recordAuditEvents(db: Pick<VmsDb, "insert">, events: readonly AuditEventInput[]): Promise<void> {
  if (!events.length) return;
  await db.insert(auditEvents).values(
    events.map((event) => ({
      organizationId: event.organizationId,
      vmId: event.vmId ?? null,
      vmName: event.vmName ?? null,
      kind: event.kind,
      actorKind: event.actor.kind,
      actorId: event.actor.id,
      outcome: event.outcome,
      before: event.before ?? null,
      after: event.after ?? null,
      message: event.message ?? null,
      operationId: event.operationId ?? null,
      ...(event.occurredAt ? { occurredAt: event.occurredAt } : {}),
    })),
  );
}
