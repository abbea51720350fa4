import { randomBytes } from "node:crypto";
import pg from "pg";
import type { SubgraphDefinition } from "../subgraph";
import { type Database, openDatabase } from "../db/database";
import { migrationsFolder } from "../paths";
import { migratedDataDir } from "./pglite-template";

/**
 * The PostgreSQL server tests use when `TEST_POSTGRES_URL` is set (an admin connection, e.g.
 * postgres://postgres@127.0.0.1:5432/postgres); otherwise tests use in-memory PGlite.
 */
export const testPostgresUrl = (): string | undefined => process.env.TEST_POSTGRES_URL || undefined;

/**
 * A fresh, migrated database for one test: in-memory PGlite by default, or a new database on
 * the PostgreSQL server (dropped again on close) when `TEST_POSTGRES_URL` is set.
 */
export async function openTestDatabase<TSchema extends Record<string, unknown>>(
  definition: Pick<SubgraphDefinition<TSchema, object>, "name" | "tables">,
): Promise<Database<TSchema>> {
  const adminUrl = testPostgresUrl();
  const folder = migrationsFolder(definition.name);
  if (!adminUrl) {
    const loadDataDir = await migratedDataDir(folder);
    const database = await openDatabase({ schema: definition.tables, migrationsFolder: folder, loadDataDir });
    // Finds every migration applied already; kept so a test database is migrated whatever it started from.
    await database.migrate();
    return database;
  }

  const name = `dcx_test_${definition.name.replace(/-/g, "_")}_${randomBytes(6).toString("hex")}`;
  await adminQuery(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ schema: definition.tables, migrationsFolder: folder, url: url.toString() });
  await database.migrate();
  return {
    ...database,
    close: async () => {
      await database.close();
      await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

/** One statement on the PostgreSQL server over its own connection (create or drop a database). */
export async function adminQuery(adminUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
