import { manyByKey, oneByKey, seesNothing, validUuids, type Visibility, visibleIn } from "@dcx/kit";
import { and, asc, count, eq, inArray, isNull } from "drizzle-orm";
import { type UserRow, users } from "../db/schema";
import type { TenancyDb } from "../organization/organization.store";
import type { User, UserRole } from "./user.type";

export const toUser = (row: UserRow): User => ({
  id: row.id,
  organizationId: row.organizationId,
  email: row.email,
  displayName: row.displayName,
  role: row.role as UserRole,
  createdAt: row.createdAt,
  disabledAt: row.disabledAt,
});

export async function insertUser(
  db: TenancyDb,
  values: { organizationId: string; email: string; displayName: string; role: UserRole },
): Promise<User> {
  const [row] = await db.insert(users).values(values).returning();
  return toUser(row!);
}

/** `email` must already be normalised (lower-case). */
export async function findUserByEmail(db: TenancyDb, email: string): Promise<User | null> {
  const [row] = await db.select().from(users).where(eq(users.email, email));
  return row ? toUser(row) : null;
}

/** The user who may sign in with this (normalised) address: exists and is not disabled. */
export async function findActiveUserByEmail(db: TenancyDb, email: string): Promise<User | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.email, email), isNull(users.disabledAt)));
  return row ? toUser(row) : null;
}

/** Every organisation's users in one query, by e-mail address; organisations outside `visible` have none. */
export async function findUsersByOrganizationIds(
  db: TenancyDb,
  organizationIds: readonly string[],
  visible: Visibility,
) {
  const wanted = validUuids(organizationIds);
  const rows =
    wanted.length && !seesNothing(visible)
      ? await db
          .select()
          .from(users)
          .where(and(inArray(users.organizationId, wanted), visibleIn(users.organizationId, visible)))
          .orderBy(asc(users.email))
      : [];
  return manyByKey(organizationIds, rows.map(toUser), (user) => user.organizationId);
}

/** Users by id; a user of an organisation outside `visible` is not read and answers null. */
export async function findUsersByIds(db: TenancyDb, ids: readonly string[], visible: Visibility) {
  const wanted = validUuids(ids);
  const rows =
    wanted.length && !seesNothing(visible)
      ? await db
          .select()
          .from(users)
          .where(and(inArray(users.id, wanted), visibleIn(users.organizationId, visible)))
      : [];
  return oneByKey(ids, rows.map(toUser), (user) => user.id);
}

/** Locks the user's row until the transaction ends and answers it (null for an unknown id). */
export async function findUserForUpdate(tx: TenancyDb, id: string): Promise<User | null> {
  const [row] = await tx.select().from(users).where(eq(users.id, id)).for("update");
  return row ? toUser(row) : null;
}

/** How many owners who are not disabled the organisation has. */
export async function countActiveOwners(db: TenancyDb, organizationId: string): Promise<number> {
  const [row] = await db
    .select({ count: count() })
    .from(users)
    .where(and(eq(users.organizationId, organizationId), eq(users.role, "owner"), isNull(users.disabledAt)));
  return row?.count ?? 0;
}

export async function updateUser(
  db: TenancyDb,
  id: string,
  values: { role?: UserRole; disabledAt?: Date },
): Promise<User> {
  const [row] = await db.update(users).set(values).where(eq(users.id, id)).returning();
  return toUser(row!);
}
