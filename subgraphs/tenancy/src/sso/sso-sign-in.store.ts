import { and, eq, gt, isNull, lt } from "drizzle-orm";
import { sessions, ssoIdentities, ssoSessions, ssoSignInAttempts, users } from "../db/schema";
import type { TenancyDb } from "../organization/organization.store";
import { toUser } from "../user/user.store";

export async function insertSignInAttempt(db: TenancyDb, values: typeof ssoSignInAttempts.$inferInsert) {
  await db.insert(ssoSignInAttempts).values(values);
}

/** Attempts expired an hour ago serve nobody; dropping them keeps the table small. */
export async function deleteStaleSignInAttempts(db: TenancyDb, before: Date) {
  await db.delete(ssoSignInAttempts).where(lt(ssoSignInAttempts.expiresAt, before));
}

/** Marks the live attempt with this state used and answers it; null when unknown, used or expired. */
export async function consumeSignInAttempt(db: TenancyDb, stateHash: string, now: Date) {
  const [row] = await db
    .update(ssoSignInAttempts)
    .set({ consumedAt: now })
    .where(
      and(
        eq(ssoSignInAttempts.stateHash, stateHash),
        isNull(ssoSignInAttempts.consumedAt),
        gt(ssoSignInAttempts.expiresAt, now),
      ),
    )
    .returning();
  return row ?? null;
}

/** The user an IdP's subject is linked to. */
export async function findUserByIdentity(db: TenancyDb, issuer: string, subject: string) {
  const [row] = await db
    .select({ user: users })
    .from(ssoIdentities)
    .innerJoin(users, eq(users.id, ssoIdentities.userId))
    .where(and(eq(ssoIdentities.issuer, issuer), eq(ssoIdentities.subject, subject)));
  return row ? toUser(row.user) : null;
}

/** Links (issuer, subject) to a user; a race between two first sign-ins leaves one link. */
export async function linkIdentity(db: TenancyDb, values: typeof ssoIdentities.$inferInsert) {
  await db.insert(ssoIdentities).values(values).onConflictDoNothing();
}

export async function insertSsoSession(db: TenancyDb, values: typeof ssoSessions.$inferInsert) {
  await db.insert(ssoSessions).values(values);
}

export async function findSsoSession(db: TenancyDb, sessionId: string) {
  const [row] = await db.select().from(ssoSessions).where(eq(ssoSessions.sessionId, sessionId));
  return row ?? null;
}

/**
 * The live platform sessions an IdP's logout names: by its session id (`sid`) when given, else
 * every session of the subject, only ever within the organisation whose IdP it is.
 */
export async function findSessionsForLogout(
  db: TenancyDb,
  target: { organizationId: string; issuer: string; sid: string | null; subject: string | null },
): Promise<string[]> {
  const rows = await db
    .select({ id: ssoSessions.sessionId })
    .from(ssoSessions)
    .innerJoin(sessions, eq(sessions.id, ssoSessions.sessionId))
    .where(
      and(
        eq(ssoSessions.organizationId, target.organizationId),
        eq(ssoSessions.issuer, target.issuer),
        target.sid !== null ? eq(ssoSessions.idpSessionId, target.sid) : undefined,
        target.subject !== null ? eq(ssoSessions.subject, target.subject) : undefined,
        isNull(sessions.revokedAt),
      ),
    );
  return rows.map((row) => row.id);
}
