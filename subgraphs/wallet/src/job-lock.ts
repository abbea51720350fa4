import { type Database, type SkippingLock, skippingLock } from "@dcx/kit";
import type { walletTables } from "./db/schema";

export type JobDatabase = Pick<Database<typeof walletTables>, "backgroundDb" | "driver">;

/** One round of the named wallet job at a time across replicas; a replica that finds it running skips its round. */
export const jobLock = (database: JobDatabase, name: string): SkippingLock => skippingLock(database, name);
