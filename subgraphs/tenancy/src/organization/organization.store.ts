import { type Db, manyByKey, oneByKey, validUuids } from "@dcx/kit";
import { asc, inArray, sql } from "drizzle-orm";
import { type OrganizationRow, organizations } from "../db/schema";
import type { tenancyTables } from "../db/schema";
import { type Organization, type OrganizationKind } from "./organization.type";

export type TenancyDb = Db<typeof tenancyTables>;

export const toOrganization = (row: OrganizationRow): Organization => ({
  id: row.id,
  name: row.name,
  kind: row.kind as OrganizationKind,
  parentId: row.parentId,
  createdAt: row.createdAt,
});

export async function findOrganizationsByIds(db: TenancyDb, ids: readonly string[]) {
  const wanted = validUuids(ids);
  const rows = wanted.length ? await db.select().from(organizations).where(inArray(organizations.id, wanted)) : [];
  return oneByKey(ids, rows.map(toOrganization), (org) => org.id);
}

export async function findChildrenByParentIds(db: TenancyDb, parentIds: readonly string[]) {
  const wanted = validUuids(parentIds);
  const rows = wanted.length
    ? await db
        .select()
        .from(organizations)
        .where(inArray(organizations.parentId, wanted))
        .orderBy(asc(organizations.name))
    : [];
  return manyByKey(parentIds, rows.map(toOrganization), (org) => org.parentId ?? "");
}

export async function listOrganizations(db: TenancyDb, kind?: OrganizationKind) {
  const rows = await db.query.organizations.findMany({
    where: kind ? (table, { eq }) => eq(table.kind, kind) : undefined,
    orderBy: [asc(organizations.name)],
  });
  return rows.map(toOrganization);
}

export async function findOrganizationByName(db: TenancyDb, name: string) {
  const rows = await db
    .select()
    .from(organizations)
    .where(sql`lower(${organizations.name}) = lower(${name})`);
  return rows[0] ? toOrganization(rows[0]) : null;
}

export async function insertOrganization(
  db: TenancyDb,
  values: { name: string; kind: OrganizationKind; parentId: string | null },
) {
  const [row] = await db.insert(organizations).values(values).returning();
  return toOrganization(row!);
}
