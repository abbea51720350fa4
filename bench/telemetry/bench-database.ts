import { randomBytes } from "node:crypto";
import { type Database, migrationsFolder, openDatabase } from "@dcx/kit";
import { telemetryBillingSubgraph } from "@dcx/telemetry-billing";
import pg from "pg";

export const SERVER_URL = process.env.TEST_POSTGRES_URL || "postgres://postgres@127.0.0.1:5432/postgres";

export type TelemetryDatabase = Database<typeof telemetryBillingSubgraph.tables>;

/** A fresh, migrated telemetry database on the PostgreSQL server, with its URL (for COPY), dropped on close. */
export async function openBenchDatabase(): Promise<{
  database: TelemetryDatabase;
  url: string;
  close: () => Promise<void>;
}> {
  const name = `dcx_bench_telemetry_${randomBytes(4).toString("hex")}`;
  const admin = async (text: string) => {
    const client = new pg.Client({ connectionString: SERVER_URL });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  const database = await openDatabase({
    schema: telemetryBillingSubgraph.tables,
    migrationsFolder: migrationsFolder(telemetryBillingSubgraph.name),
    url: url.toString(),
  });
  await database.migrate();
  return {
    database,
    url: url.toString(),
    close: async () => {
      await database.close();
      await admin(`drop database if exists ${name} with (force)`);
    },
  };
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
