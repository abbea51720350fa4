import { and, eq, gt, isNull } from "drizzle-orm";
import { apiKeys, organizations, sessions, users } from "../db/schema";
import type { TenancyDb } from "../organization/organization.store";

/** A session that has not ended, of a user who is not disabled, with the user's organisation. */
export async function findLiveSession(db: TenancyDb, sessionId: string, now: Date) {
  const [row] = await db
    .select({ user: users, organization: organizations })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .where(
      and(
        eq(sessions.id, sessionId),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, now),
        isNull(users.disabledAt),
      ),
    );
  return row ?? null;
}

/** The API key with this secret hash unless it was revoked, with its organisation; records the use. */
export async function useLiveApiKey(db: TenancyDb, secretHash: string, now: Date) {
  const [key] = await db
    .update(apiKeys)
    .set({ lastUsedAt: now })
    .where(and(eq(apiKeys.secretHash, secretHash), isNull(apiKeys.revokedAt)))
    .returning();
  if (!key) return null;
  const [organization] = await db.select().from(organizations).where(eq(organizations.id, key.organizationId));
  return organization ? { key, organization } : null;
}
