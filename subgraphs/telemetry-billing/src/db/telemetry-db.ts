import type { Db } from "@dcx/kit";
import type { telemetryTables } from "./schema";

/** The Drizzle handle of the telemetry database, whichever driver sits underneath. */
export type TelemetryDb = Db<typeof telemetryTables>;
