import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Database } from "../db/database";
import { migrationsFolder } from "../paths";
import { openTestDatabase } from "./test-database";

const catalog = { name: "catalog", tables: {} };
const migrationCount = (
  JSON.parse(readFileSync(path.join(migrationsFolder("catalog"), "meta", "_journal.json"), "utf8")) as {
    entries: unknown[];
  }
).entries.length;

const appliedMigrations = async (database: Database<Record<string, unknown>>) =>
  (await database.executeSql("select count(*)::int as n from drizzle.__drizzle_migrations")).rows[0]!.n;
const productCount = async (database: Database<Record<string, unknown>>) =>
  (await database.executeSql("select count(*)::int as n from products")).rows[0]!.n;

describe("test databases", () => {
  const opened: Database<Record<string, unknown>>[] = [];
  const open = async () => {
    const database = await openTestDatabase(catalog);
    opened.push(database);
    return database;
  };
  afterAll(async () => {
    for (const database of opened) await database.close();
  });

  it("are migrated to the newest migration", async () => {
    expect(await appliedMigrations(await open())).toBe(migrationCount);
  });

  it("are each a database of their own: what one test writes, the next never sees", async () => {
    const first = await open();
    await first.executeSql(
      "insert into products (sku, name, category, unit) values ('TEST-ONLY', 'Written by one test', 'compute', 'vcpu_hour')",
    );
    await first.executeSql("create table written_by_one_test (id int)");
    expect(await productCount(first)).toBe(1);

    const second = await open();
    expect(await productCount(second)).toBe(0);
    const table = await second.executeSql("select to_regclass('written_by_one_test') as found");
    expect(table.rows[0]!.found).toBeNull();
  });
});
