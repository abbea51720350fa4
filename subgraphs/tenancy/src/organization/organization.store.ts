import { type Db, manyByKey, oneByKey, seesNothing, validUuids, type Visibility, visibleIn } from "@dcx/kit";
import { and, asc, count, eq, inArray, isNull, sql } from "drizzle-orm";
import { type OrganizationRow, organizations, users } from "../db/schema";
import type { tenancyTables } from "../db/schema";
import { type Organization, type OrganizationKind } from "./organization.type";

export type TenancyDb = Db<typeof tenancyTables>;

/**
 * Every read takes the organisations it may return (`Visibility`): a caller's visible set for
 * the graph, `"all"` for trusted code (services validating input, the seed). Organisations
 * outside the set are not read at all.
 */
export const toOrganization = (row: OrganizationRow): Organization => ({
  id: row.id,
  name: row.name,
  kind: row.kind as OrganizationKind,
  parentId: row.parentId,
  createdAt: row.createdAt,
  billingAddress: row.billingAddress,
  vatNumber: row.vatNumber,
});

export async function findOrganizationsByIds(db: TenancyDb, ids: readonly string[], visible: Visibility) {
  const wanted = validUuids(ids);
  const rows =
    wanted.length && !seesNothing(visible)
      ? await db
          .select()
          .from(organizations)
          .where(and(inArray(organizations.id, wanted), visibleIn(organizations.id, visible)))
      : [];
  return oneByKey(ids, rows.map(toOrganization), (org) => org.id);
}

export async function findChildrenByParentIds(db: TenancyDb, parentIds: readonly string[], visible: Visibility) {
  const wanted = validUuids(parentIds);
  const rows =
    wanted.length && !seesNothing(visible)
      ? await db
          .select()
          .from(organizations)
          .where(and(inArray(organizations.parentId, wanted), visibleIn(organizations.id, visible)))
          .orderBy(asc(organizations.name))
      : [];
  return manyByKey(parentIds, rows.map(toOrganization), (org) => org.parentId ?? "");
}

/** Organisations by name, optionally of one kind; `visible` defaults to all (trusted code only). */
export async function listOrganizations(db: TenancyDb, kind?: OrganizationKind, visible: Visibility = "all") {
  if (seesNothing(visible)) return [];
  const rows = await db
    .select()
    .from(organizations)
    .where(and(kind ? eq(organizations.kind, kind) : undefined, visibleIn(organizations.id, visible)))
    .orderBy(asc(organizations.name));
  return rows.map(toOrganization);
}

/** The ids of the organisations directly under one (a reseller's customers). */
export async function findChildIds(db: TenancyDb, parentId: string): Promise<string[]> {
  const rows = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.parentId, parentId))
    .orderBy(asc(organizations.name));
  return rows.map((row) => row.id);
}

/** How many users who are not disabled each organisation has; organisations outside `visible` count 0. */
export async function countActiveUsersByOrganizationIds(
  db: TenancyDb,
  organizationIds: readonly string[],
  visible: Visibility,
): Promise<number[]> {
  const wanted = validUuids(organizationIds);
  const rows =
    wanted.length && !seesNothing(visible)
      ? await db
          .select({ organizationId: users.organizationId, count: count() })
          .from(users)
          .where(
            and(
              inArray(users.organizationId, wanted),
              isNull(users.disabledAt),
              visibleIn(users.organizationId, visible),
            ),
          )
          .groupBy(users.organizationId)
      : [];
  return oneByKey(organizationIds, rows, (row) => row.organizationId).map((row) => row?.count ?? 0);
}

export async function findOrganizationByName(db: TenancyDb, name: string) {
  const rows = await db
    .select()
    .from(organizations)
    .where(sql`lower(${organizations.name}) = lower(${name})`);
  return rows[0] ? toOrganization(rows[0]) : null;
}

/** Locks the organisation's row until the transaction ends: one change to its owners at a time. */
export async function lockOrganization(tx: TenancyDb, id: string): Promise<void> {
  await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, id)).for("update");
}

export async function insertOrganization(
  db: TenancyDb,
  values: { name: string; kind: OrganizationKind; parentId: string | null },
) {
  const [row] = await db.insert(organizations).values(values).returning();
  return toOrganization(row!);
}
