import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { vms } from "./vm.schema";

export const operationKind = pgEnum("vm_operation_kind", [
  "create",
  "power_on",
  "power_off",
  "shutdown",
  "reboot",
  "suspend",
  "resize",
  "add_disk",
  "grow_disk",
  "delete",
]);
export const operationStatus = pgEnum("vm_operation_status", ["queued", "running", "succeeded", "failed"]);
// `suspension`: the platform acting because the organisation is suspended (the id is the suspension's).
export const actorKind = pgEnum("actor_kind", ["user", "api_key", "system", "suspension"]);

/**
 * One requested change to a VM, run as a durable job. Its id is also the marker the driver
 * stamps on a VM it creates, so a retried create finds the VM instead of making a second one.
 */
export const vmOperations = pgTable(
  "vm_operations",
  {
    id: uuid("id").primaryKey(),
    organizationId: uuid("organization_id").notNull(),
    // VMs are marked deleted, never removed, so an operation's VM is always there.
    vmId: uuid("vm_id").references(() => vms.id),
    kind: operationKind("kind").notNull(),
    status: operationStatus("status").notNull().default("queued"),
    progress: integer("progress").notNull().default(0),
    /** What was asked, e.g. `{ vcpuCount, memoryMib }` for a resize; the job reads it back. */
    input: jsonb("input").notNull().default({}),
    errorCode: text("error_code"),
    errorMessage: text("error_message"),
    requestedByKind: actorKind("requested_by_kind").notNull(),
    requestedById: text("requested_by_id"),
    /** The caller's key: the same key for the same organisation returns the same operation. */
    idempotencyKey: text("idempotency_key"),
    /** The wallet hold that covers a create or a growth until the VM runs. */
    holdId: uuid("hold_id"),
    /** The hypervisor task in flight, kept so a restarted job awaits it instead of starting another. */
    taskId: text("task_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("vm_operations_idempotency_unique").on(table.organizationId, table.idempotencyKey),
    // One operation at a time per VM: a second one while the first is queued or running conflicts.
    uniqueIndex("vm_operations_one_active_per_vm")
      .on(table.vmId)
      .where(sql`${table.status} in ('queued', 'running')`),
    index("vm_operations_vm_id_created_at").on(table.vmId, table.createdAt),
    index("vm_operations_organization_id_created_at").on(table.organizationId, table.createdAt),
    check("vm_operations_progress_range", sql`${table.progress} between 0 and 100`),
  ],
);

export const auditOutcome = pgEnum("audit_outcome", ["succeeded", "failed", "detected"]);

/**
 * Who did what to which VM, on behalf of which organisation, and how it ended; also what the
 * inventory sync found changed outside the platform (`detected`). Never updated or deleted.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id").notNull(),
    vmId: uuid("vm_id"),
    /** The VM's name when it happened, so the event reads well after a rename or delete. */
    vmName: text("vm_name"),
    /** e.g. `vm.create`, `vm.power_on`, `drift.vm_appeared`, `drift.vm_changed`, `drift.vm_vanished`. */
    kind: text("kind").notNull(),
    actorKind: actorKind("actor_kind").notNull(),
    actorId: text("actor_id"),
    outcome: auditOutcome("outcome").notNull(),
    /** The relevant state before and after, e.g. `{ powerState: "powered_off" }` → `{ powerState: "powered_on" }`. */
    before: jsonb("before"),
    after: jsonb("after"),
    message: text("message"),
    operationId: uuid("operation_id"),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // Newest first per organisation, with the id as the tie-breaker for cursor pages.
    index("audit_events_organization_id_occurred_at").on(table.organizationId, table.occurredAt, table.id),
    index("audit_events_vm_id_occurred_at").on(table.vmId, table.occurredAt),
  ],
);

export type VmOperationRow = typeof vmOperations.$inferSelect;
export type AuditEventRow = typeof auditEvents.$inferSelect;
