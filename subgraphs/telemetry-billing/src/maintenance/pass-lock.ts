import { type Database, type QueueingLock, queueingLock } from "@dcx/kit";
import type { telemetryTables } from "../db/schema";

export type PassLock = QueueingLock;

export const MAINTENANCE_LOCK = "telemetry-billing:maintenance";

/**
 * One maintenance pass at a time per telemetry database; a second waits for the first, then runs
 * (every step is idempotent, so the second finds little left to do). What must never happen is
 * two passes overlapping: the e-mail claims lease from the pass's start, so a pass that started
 * minutes later could take an e-mail another pass is still sending.
 */
export const maintenancePassLock = (
  database: Pick<Database<typeof telemetryTables>, "backgroundDb" | "driver">,
  name: string = MAINTENANCE_LOCK,
): PassLock => queueingLock(database, name);
