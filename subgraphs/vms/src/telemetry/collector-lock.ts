import type { Database } from "@dcx/kit";
import { sql } from "drizzle-orm";
import type { vmsTables } from "../db/schema";
import type { VmsDb } from "../vm/vm.store";

/** Runs `work` unless a cycle already runs (here or in another replica): then `{ ran: false }`. */
export type CycleLock = <T>(work: () => Promise<T>) => Promise<{ ran: true; result: T } | { ran: false }>;

const tryLock = (name: string) => sql`select pg_try_advisory_xact_lock(hashtextextended(${name}, 0)) as locked`;

/** Cycles running in this process, per database and lock: PGlite's only guard, since no other process can open its folder. */
const runningIn = new WeakMap<object, Set<string>>();

/**
 * One cycle of the named background work at a time per vms database. On PostgreSQL an advisory
 * lock held by a transaction that stays open for the cycle (the work itself runs on other pooled
 * connections, so that transaction writes nothing); a replica that finds it taken skips its cycle,
 * and a process that dies releases it with its connection. On PGlite an open transaction would
 * stall every other query of the process, and the database belongs to this process alone, so the
 * in-process guard is enough.
 */
export function cycleLock(
  database: Pick<Database<typeof vmsTables>, "backgroundDb" | "driver">,
  name: string,
): CycleLock {
  const db: VmsDb = database.backgroundDb;
  if (database.driver === "postgres") {
    return (work) =>
      db.transaction(async (tx) => {
        const { rows } = (await tx.execute(tryLock(name))) as unknown as { rows: { locked: boolean }[] };
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

/** The performance collector's lock (`vms:perf-collector`). */
export const collectorLock = (database: Pick<Database<typeof vmsTables>, "backgroundDb" | "driver">): CycleLock =>
  cycleLock(database, "vms:perf-collector");
