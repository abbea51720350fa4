import { sql } from "drizzle-orm";
import type { Database } from "./database";

type LockDatabase<TSchema extends Record<string, unknown>> = Pick<Database<TSchema>, "backgroundDb" | "driver">;

/** Runs `work` unless a run under the same lock is going on (here or in another replica): then `{ ran: false }`. */
export type SkippingLock = <T>(work: () => Promise<T>) => Promise<{ ran: true; result: T } | { ran: false }>;

/** Runs `work` once no other run holds the lock (in this process or another replica). */
export type QueueingLock = <T>(work: () => Promise<T>) => Promise<T>;

const key = (name: string) => sql`hashtextextended(${name}, 0)`;

/** Runs under way in this process, per database and lock name: PGlite's only guard. */
const runningIn = new WeakMap<object, Set<string>>();
/** The run that ends last, per database and lock name (PGlite). */
const lastIn = new WeakMap<object, Map<string, Promise<unknown>>>();

/*
 * Both locks: on PostgreSQL an advisory lock held by a transaction that stays open for the run (the
 * work itself runs on other pooled connections, so that transaction writes nothing); a replica
 * that dies releases it with its connection. On PGlite an open transaction would stall every other
 * query of the process, and the database belongs to this process alone (no other process can open
 * its folder), so an in-process guard is enough.
 */

/** One run at a time per database under `name`; a replica that finds it taken skips its turn. */
export function skippingLock<TSchema extends Record<string, unknown>>(
  database: LockDatabase<TSchema>,
  name: string,
): SkippingLock {
  const db = database.backgroundDb;
  if (database.driver === "postgres") {
    return (work) =>
      db.transaction(async (tx) => {
        const { rows } = (await tx.execute(
          sql`select pg_try_advisory_xact_lock(${key(name)}) as locked`,
        )) as unknown as {
          rows: { locked: boolean }[];
        };
        return rows[0]?.locked ? { ran: true as const, result: await work() } : { ran: false as const };
      });
  }
  return async (work) => {
    const running = runningIn.get(db) ?? new Set<string>();
    runningIn.set(db, running);
    if (running.has(name)) return { ran: false };
    running.add(name);
    try {
      return { ran: true, result: await work() };
    } finally {
      running.delete(name);
    }
  };
}

/** One run at a time per database under `name`; a second waits for the first, then runs. */
export function queueingLock<TSchema extends Record<string, unknown>>(
  database: LockDatabase<TSchema>,
  name: string,
): QueueingLock {
  const db = database.backgroundDb;
  if (database.driver === "postgres") {
    return (work) =>
      db.transaction(async (tx) => {
        await tx.execute(sql`select pg_advisory_xact_lock(${key(name)})`);
        return work();
      });
  }
  return async <T>(work: () => Promise<T>) => {
    const runs = lastIn.get(db) ?? new Map<string, Promise<unknown>>();
    lastIn.set(db, runs);
    const previous = runs.get(name) ?? Promise.resolve();
    const current = previous.catch(() => undefined).then(work);
    runs.set(name, current);
    try {
      return await current;
    } finally {
      if (runs.get(name) === current) runs.delete(name);
    }
  };
}
