import { microsOf, olderThan, type TimeCursor, type Visibility, visibleIn } from "@dcx/kit";
import { and, desc, eq, getTableColumns, gte, lte } from "drizzle-orm";
import { type AuditEventRow, auditEvents } from "../db/schema";
import type { ActorKind } from "../operation/actor.type";
import type { VmsDb } from "../vm/vm.store";
import type { AuditQuery } from "./audit.args";
import type { AuditEvent, AuditOutcome } from "./audit-event.type";

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

const toAuditEvent = (row: AuditEventRow): AuditEvent => ({
  id: row.id,
  organizationId: row.organizationId,
  vmId: row.vmId,
  vmName: row.vmName,
  kind: row.kind,
  actor: { kind: row.actorKind as ActorKind, id: row.actorId },
  outcome: row.outcome as AuditOutcome,
  before: json(row.before),
  after: json(row.after),
  message: row.message,
  operationId: row.operationId,
  occurredAt: row.occurredAt,
});

export interface AuditPage {
  events: { event: AuditEvent; cursor: TimeCursor }[];
  hasNextPage: boolean;
}

/**
 * One page of an organisation's audit trail, newest first: keyset on (occurred_at, id) strictly
 * before the cursor (the index `audit_events_organization_id_occurred_at` serves it), one row more
 * than `first` to tell whether another page follows. Events written after the cursor was taken
 * are newer and never shift later pages. Nothing of an organisation outside `visible` is read.
 */
export async function findAuditPage(db: VmsDb, query: AuditQuery, visible: Visibility): Promise<AuditPage> {
  const rows = await db
    .select({
      ...getTableColumns(auditEvents),
      occurredAtMicros: microsOf(auditEvents.occurredAt),
    })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.organizationId, query.organizationId),
        visibleIn(auditEvents.organizationId, visible),
        query.vmId ? eq(auditEvents.vmId, query.vmId) : undefined,
        query.kind ? eq(auditEvents.kind, query.kind) : undefined,
        query.since ? gte(auditEvents.occurredAt, query.since) : undefined,
        query.until ? lte(auditEvents.occurredAt, query.until) : undefined,
        query.after ? olderThan(auditEvents.occurredAt, auditEvents.id, query.after) : undefined,
      ),
    )
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(query.first + 1);
  return {
    events: rows.slice(0, query.first).map((row) => ({
      event: toAuditEvent(row),
      cursor: { micros: row.occurredAtMicros, id: row.id },
    })),
    hasNextPage: rows.length > query.first,
  };
}
