import { migrationsFolder, openDatabase } from "@dcx/kit";
import { meterUsage, telemetryBillingSubgraph } from "@dcx/telemetry-billing";

/**
 * The metering run the crash test kills: meters every hour up to METER_UNTIL on the database named
 * by METERING_DATABASE_URL (or the PGlite folder METERING_DATA_DIR), saying when it starts and ends.
 */
const database = await openDatabase({
  schema: telemetryBillingSubgraph.tables,
  migrationsFolder: migrationsFolder("telemetry-billing"),
  url: process.env.METERING_DATABASE_URL || undefined,
  dataDir: process.env.METERING_DATABASE_URL ? undefined : process.env.METERING_DATA_DIR,
});
console.log("metering started");
const report = await meterUsage(database.db, new Date(process.env.METER_UNTIL!));
console.log(`metering done: ${report.hoursMetered} hours`);
await database.close();
