import { type Caller, DomainError, isUuid, notFound, requireCaller } from "@dcx/kit";
import type { TenancyDb } from "../organization/organization.store";
import type { SessionDeps } from "./session.deps";
import { REVOKED } from "./session.lifetimes";
import { findLiveSessionsOfUser, findSessionById, revokeSessionRow } from "./session.store";
import type { Session, SignInMethod } from "./session.type";

/** A person signed in with a session; API keys and anonymous callers have no session to end. */
function sessionCaller(caller: Caller | null): Caller & { sessionId: string } {
  const known = requireCaller(caller);
  if (known.kind !== "user" || !known.sessionId) {
    throw new DomainError("FORBIDDEN", "Only a signed-in user's session can be signed out");
  }
  return known as Caller & { sessionId: string };
}

/** Ends the session the caller is using; its refresh tokens stop working at once. */
export async function signOut(db: TenancyDb, deps: SessionDeps, caller: Caller | null): Promise<boolean> {
  const { sessionId } = sessionCaller(caller);
  await revokeSessionRow(db, sessionId, REVOKED.signedOut, deps.now());
  return true;
}

/** The caller's live sessions, newest first; none for an API key. */
export async function listMySessions(db: TenancyDb, deps: SessionDeps, caller: Caller | null): Promise<Session[]> {
  const known = requireCaller(caller);
  if (known.kind !== "user") return [];
  const rows = await findLiveSessionsOfUser(db, known.id, deps.now());
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.createdAt,
    lastRefreshedAt: row.lastRefreshedAt,
    expiresAt: row.expiresAt,
    clientAddress: row.clientAddress,
    userAgent: row.userAgent,
    signInMethod: row.signInMethod as SignInMethod,
    current: row.id === known.sessionId,
  }));
}

/**
 * Ends one of the caller's own sessions (e.g. a lost laptop). Another user's session answers
 * NOT_FOUND, exactly as an id that does not exist; revoking an ended session changes nothing.
 */
export async function revokeOwnSession(
  db: TenancyDb,
  deps: SessionDeps,
  caller: Caller | null,
  id: string,
): Promise<boolean> {
  const known = requireCaller(caller);
  const session = isUuid(id) ? await findSessionById(db, id) : null;
  if (!session || known.kind !== "user" || session.userId !== known.id) throw notFound("Session", id);
  await revokeSessionRow(db, session.id, REVOKED.byUser, deps.now());
  return true;
}
