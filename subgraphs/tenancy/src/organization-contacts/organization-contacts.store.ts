import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { users } from "../db/schema";
import type { TenancyDb } from "../organization/organization.store";
import type { UserRole } from "../user/user.type";

/** The e-mail addresses of an organisation's users with one of the roles who are not disabled. */
export async function findContacts(
  db: TenancyDb,
  organizationId: string,
  roles: readonly UserRole[],
): Promise<string[]> {
  if (roles.length === 0) return [];
  const rows = await db
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.organizationId, organizationId), inArray(users.role, [...roles]), isNull(users.disabledAt)))
    .orderBy(asc(users.email));
  return rows.map((row) => row.email);
}
