import { and, count, desc, eq, gt, isNull, lt, max, min, type SQL, sql } from "drizzle-orm";
import { signInCodes, signInEvents } from "../db/schema";
import type { TenancyDb } from "../organization/organization.store";
import { WRONG_GUESSES_PER_CODE, type WindowCount } from "./sign-in.limits";

export type SignInEventKind = (typeof signInEvents.$inferInsert)["kind"];

/** Advisory-lock namespaces: one sign-in step at a time per e-mail address and per client address. */
const EMAIL_LOCK = 7301;
const CLIENT_ADDRESS_LOCK = 7302;

/** Serialises sign-in steps for one e-mail address until the transaction ends. Take it first. */
export async function lockEmail(tx: TenancyDb, email: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${EMAIL_LOCK}, hashtext(${email}))`);
}

export async function lockClientAddress(tx: TenancyDb, clientAddress: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${CLIENT_ADDRESS_LOCK}, hashtext(${clientAddress}))`);
}

/** Events of a kind after `since`, for one e-mail address or one client address. */
export const countEvents = (
  db: TenancyDb,
  where: { kind: SignInEventKind; since: Date } & ({ email: string } | { clientAddress: string }),
) =>
  countMatching(
    db,
    where.kind,
    where.since,
    "email" in where ? eq(signInEvents.email, where.email) : eq(signInEvents.clientAddress, where.clientAddress),
  );

/** Events of a kind after `since`, from every client: what the global throttle counts. */
export const countEventsEverywhere = (db: TenancyDb, kind: SignInEventKind, since: Date) =>
  countMatching(db, kind, since, undefined);

async function countMatching(db: TenancyDb, kind: SignInEventKind, since: Date, subject: SQL | undefined) {
  const [row] = await db
    .select({ count: count(), oldest: min(signInEvents.occurredAt), newest: max(signInEvents.occurredAt) })
    .from(signInEvents)
    .where(and(eq(signInEvents.kind, kind), subject, gt(signInEvents.occurredAt, since)));
  const counted: WindowCount = {
    count: row?.count ?? 0,
    oldest: row?.oldest ? new Date(row.oldest) : null,
    newest: row?.newest ? new Date(row.newest) : null,
  };
  return counted;
}

export async function recordEvent(
  db: TenancyDb,
  event: { kind: SignInEventKind; email: string; clientAddress: string; occurredAt: Date },
): Promise<void> {
  await db.insert(signInEvents).values(event);
}

/** Ends every live code of the address: only the newest code sent can sign in. */
export async function retireLiveCodes(db: TenancyDb, email: string, now: Date): Promise<void> {
  await db
    .update(signInCodes)
    .set({ expiresAt: now })
    .where(and(eq(signInCodes.email, email), isNull(signInCodes.consumedAt), gt(signInCodes.expiresAt, now)));
}

export async function insertCode(db: TenancyDb, values: typeof signInCodes.$inferInsert): Promise<void> {
  await db.insert(signInCodes).values(values);
}

/** The address's code that can still sign in (unused, unexpired, not worn out), row-locked. */
export async function findLiveCodeForUpdate(db: TenancyDb, email: string, now: Date) {
  const [row] = await db
    .select({ id: signInCodes.id, codeHash: signInCodes.codeHash, createdAt: signInCodes.createdAt })
    .from(signInCodes)
    .where(
      and(
        eq(signInCodes.email, email),
        isNull(signInCodes.consumedAt),
        gt(signInCodes.expiresAt, now),
        lt(signInCodes.failedAttempts, WRONG_GUESSES_PER_CODE),
      ),
    )
    .orderBy(desc(signInCodes.createdAt))
    .limit(1)
    .for("update");
  return row ?? null;
}

/** Marks the code used; true only for the one caller that got there first. */
export async function consumeCode(db: TenancyDb, id: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(signInCodes)
    .set({ consumedAt: now })
    .where(and(eq(signInCodes.id, id), isNull(signInCodes.consumedAt)))
    .returning({ id: signInCodes.id });
  return rows.length === 1;
}

export async function countWrongAttempt(db: TenancyDb, id: string): Promise<void> {
  await db
    .update(signInCodes)
    .set({ failedAttempts: sql`${signInCodes.failedAttempts} + 1` })
    .where(eq(signInCodes.id, id));
}
