import { sql } from "drizzle-orm";
import type { TelemetryDb } from "../db/telemetry-db";

/**
 * Evaluations and rule changes take this lock for their whole transaction, one after the other:
 * two evaluations cannot judge the same samples twice (or fire one alert twice), and a rule
 * cannot change or vanish under an evaluation that is firing it.
 */
export async function lockAlertEvaluation(tx: TelemetryDb): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended('telemetry alert evaluation', 0))`);
}
