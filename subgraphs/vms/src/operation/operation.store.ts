import {
  manyByKey,
  microsOf,
  olderThan,
  oneByKey,
  seesNothing,
  type TimeCursor,
  validUuids,
  type Visibility,
  visibleIn,
} from "@dcx/kit";
import { and, asc, desc, eq, getTableColumns, inArray, lte, sql } from "drizzle-orm";
import { type VmOperationRow, vmOperations } from "../db/schema";
import type { VmsDb } from "../vm/vm.store";
import type { ActorKind } from "./actor.type";
import type { VmOperation, VmOperationKind, VmOperationStatus } from "./operation.type";

type OperationRowWithMicros = VmOperationRow & { createdAtMicros: string };

const createdAtMicros = microsOf(vmOperations.createdAt).as("created_at_micros");
const columns = { ...getTableColumns(vmOperations), createdAtMicros };

export const toVmOperation = (row: OperationRowWithMicros): VmOperation => ({
  id: row.id,
  organizationId: row.organizationId,
  vmId: row.vmId,
  kind: row.kind as VmOperationKind,
  status: row.status as VmOperationStatus,
  progress: row.progress,
  error: row.errorCode ? { code: row.errorCode, message: row.errorMessage ?? "" } : null,
  requestedBy: { kind: row.requestedByKind as ActorKind, id: row.requestedById },
  createdAt: row.createdAt,
  startedAt: row.startedAt,
  finishedAt: row.finishedAt,
  createdAtMicros: row.createdAtMicros,
});

/** Operations by id; one of an organisation outside `visible` is not read and answers null. */
export async function findOperationsByIds(
  db: VmsDb,
  ids: readonly string[],
  visible: Visibility,
): Promise<(VmOperation | null)[]> {
  const wanted = validUuids(ids);
  const rows =
    wanted.length && !seesNothing(visible)
      ? await db
          .select(columns)
          .from(vmOperations)
          .where(and(inArray(vmOperations.id, wanted), visibleIn(vmOperations.organizationId, visible)))
      : [];
  return oneByKey(ids, rows.map(toVmOperation), (operation) => operation.id);
}

const newestFirst = [desc(vmOperations.createdAt), desc(vmOperations.id)];

/** The newest `first` operations of each VM, in ONE query; VMs of organisations outside `visible` have none. */
export async function findLatestOperationsByVmIds(
  db: VmsDb,
  vmIds: readonly string[],
  first: number,
  visible: Visibility,
): Promise<VmOperation[][]> {
  const wanted = validUuids(vmIds);
  if (!wanted.length || first === 0 || seesNothing(visible)) return vmIds.map(() => []);
  const ranked = db
    .select({
      ...columns,
      position:
        sql<number>`row_number() over (partition by ${vmOperations.vmId} order by ${vmOperations.createdAt} desc, ${vmOperations.id} desc)`.as(
          "position",
        ),
    })
    .from(vmOperations)
    .where(and(inArray(vmOperations.vmId, wanted), visibleIn(vmOperations.organizationId, visible)))
    .as("ranked");
  const rows = await db.select().from(ranked).where(lte(ranked.position, first)).orderBy(asc(ranked.position));
  return manyByKey(vmIds, rows.map(toVmOperation), (operation) => operation.vmId ?? "");
}

export interface OperationPage {
  operations: VmOperation[];
  hasNextPage: boolean;
}

/**
 * A page of each organisation's operations, newest first, in ONE query: keyset pagination on
 * (created_at, id) strictly older than `after`, one row more than `first` to tell whether
 * another page follows. Organisations outside `visible` have none.
 */
export async function findOperationPagesByOrganizationIds(
  db: VmsDb,
  organizationIds: readonly string[],
  first: number,
  after: TimeCursor | null,
  visible: Visibility,
): Promise<OperationPage[]> {
  const wanted = validUuids(organizationIds);
  if (!wanted.length || seesNothing(visible))
    return organizationIds.map(() => ({ operations: [], hasNextPage: false }));
  const olderThanCursor = after && olderThan(vmOperations.createdAt, vmOperations.id, after);
  const ranked = db
    .select({
      ...columns,
      position:
        sql<number>`row_number() over (partition by ${vmOperations.organizationId} order by ${vmOperations.createdAt} desc, ${vmOperations.id} desc)`.as(
          "position",
        ),
    })
    .from(vmOperations)
    .where(
      and(
        inArray(vmOperations.organizationId, wanted),
        visibleIn(vmOperations.organizationId, visible),
        olderThanCursor ?? undefined,
      ),
    )
    .as("ranked");
  const rows = await db
    .select()
    .from(ranked)
    .where(lte(ranked.position, first + 1))
    .orderBy(asc(ranked.position));
  return manyByKey(organizationIds, rows.map(toVmOperation), (operation) => operation.organizationId).map((list) => ({
    operations: list.slice(0, first),
    hasNextPage: list.length > first,
  }));
}

/** The operation an organisation's caller sent with this key, with what it asked for. */
export async function findOperationByIdempotencyKey(
  db: VmsDb,
  organizationId: string,
  key: string,
): Promise<{ operation: VmOperation; input: unknown } | null> {
  const [row] = await db
    .select(columns)
    .from(vmOperations)
    .where(and(eq(vmOperations.organizationId, organizationId), eq(vmOperations.idempotencyKey, key)));
  return row ? { operation: toVmOperation(row), input: row.input } : null;
}

/** True when the VM has a queued or running operation. */
export async function hasActiveOperation(db: VmsDb, vmId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: vmOperations.id })
    .from(vmOperations)
    .where(and(eq(vmOperations.vmId, vmId), inArray(vmOperations.status, ["queued", "running"])))
    .limit(1);
  return Boolean(row);
}

/** The input of the VM's create operation (its licences live there), or null for a VM made otherwise. */
export async function findCreateInput(db: VmsDb, vmId: string): Promise<unknown> {
  const [row] = await db
    .select({ input: vmOperations.input })
    .from(vmOperations)
    .where(and(eq(vmOperations.vmId, vmId), eq(vmOperations.kind, "create")))
    .orderBy(...newestFirst)
    .limit(1);
  return row?.input ?? null;
}

export type NewOperation = typeof vmOperations.$inferInsert;

export async function insertOperation(tx: VmsDb, values: NewOperation): Promise<VmOperation> {
  const [row] = await tx.insert(vmOperations).values(values).returning(columns);
  return toVmOperation(row!);
}
