import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { refreshTokens, type SessionRow, sessions, users } from "../db/schema";
import type { TenancyDb } from "../organization/organization.store";
import { toUser } from "../user/user.store";

export async function insertSession(
  db: TenancyDb,
  values: {
    userId: string;
    createdAt: Date;
    expiresAt: Date;
    clientAddress: string;
    userAgent: string | null;
    signInMethod: "email_code" | "sso";
  },
): Promise<SessionRow> {
  const [row] = await db.insert(sessions).values(values).returning();
  return row!;
}

export async function insertRefreshToken(
  db: TenancyDb,
  values: { sessionId: string; tokenHash: string; createdAt: Date; expiresAt: Date },
): Promise<void> {
  await db.insert(refreshTokens).values(values);
}

/**
 * The refresh token with this hash, its session and the session's user, with the token's and
 * the session's rows locked until the transaction ends: one refresh per token at a time.
 */
export async function findRefreshTokenForUpdate(tx: TenancyDb, tokenHash: string) {
  const [row] = await tx
    .select({ token: refreshTokens, session: sessions, user: users })
    .from(refreshTokens)
    .innerJoin(sessions, eq(sessions.id, refreshTokens.sessionId))
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(refreshTokens.tokenHash, tokenHash))
    .for("update", { of: [refreshTokens, sessions] });
  return row ? { token: row.token, session: row.session, user: toUser(row.user) } : null;
}

export async function markRefreshTokenUsed(tx: TenancyDb, id: string, now: Date): Promise<void> {
  await tx.update(refreshTokens).set({ usedAt: now }).where(eq(refreshTokens.id, id));
}

export async function recordRefresh(tx: TenancyDb, sessionId: string, now: Date, clientAddress: string) {
  await tx.update(sessions).set({ lastRefreshedAt: now, clientAddress }).where(eq(sessions.id, sessionId));
}

/** Ends a session that has not ended yet; answers whether this call ended it. */
export async function revokeSessionRow(db: TenancyDb, id: string, reason: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: now, revokedReason: reason })
    .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return rows.length === 1;
}

/** Ends every live session of a user (e.g. when the user is disabled). */
export async function revokeSessionsOfUser(db: TenancyDb, userId: string, reason: string, now: Date) {
  await db
    .update(sessions)
    .set({ revokedAt: now, revokedReason: reason })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
}

/** A user's sessions that have neither ended nor expired, newest first. */
export async function findLiveSessionsOfUser(db: TenancyDb, userId: string, now: Date): Promise<SessionRow[]> {
  return db
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
    .orderBy(desc(sessions.createdAt));
}

export async function findSessionById(db: TenancyDb, id: string): Promise<SessionRow | null> {
  const [row] = await db.select().from(sessions).where(eq(sessions.id, id));
  return row ?? null;
}
