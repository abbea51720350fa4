import { type Database, type SkippingLock, skippingLock } from "@dcx/kit";
import type { vmsTables } from "../db/schema";

export type CycleLock = SkippingLock;

type LockDatabase = Pick<Database<typeof vmsTables>, "backgroundDb" | "driver">;

/** One cycle of the named background work at a time per vms database; a replica that finds it running skips its cycle. */
export const cycleLock = (database: LockDatabase, name: string): CycleLock => skippingLock(database, name);

/** The performance collector's lock (`vms:perf-collector`). */
export const collectorLock = (database: LockDatabase): CycleLock => cycleLock(database, "vms:perf-collector");
