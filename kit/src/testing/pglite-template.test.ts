import { mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, describe, expect, it } from "vitest";
import { migratedDataDir } from "./pglite-template";

/** A migrations folder as drizzle-kit writes it: SQL files named in `meta/_journal.json`. */
function writeMigrations(folder: string, migrations: { tag: string; sql: string }[]): void {
  mkdirSync(path.join(folder, "meta"), { recursive: true });
  const entries = migrations.map(({ tag }, idx) => ({
    idx,
    version: "7",
    when: 1_700_000_000_000 + idx,
    tag,
    breakpoints: true,
  }));
  writeFileSync(
    path.join(folder, "meta", "_journal.json"),
    JSON.stringify({ version: "7", dialect: "postgresql", entries }),
  );
  for (const { tag, sql } of migrations) writeFileSync(path.join(folder, `${tag}.sql`), sql);
}

async function tablesIn(template: Blob): Promise<string[]> {
  const client = new PGlite({ loadDataDir: template });
  try {
    const result = await client.query<{ name: string }>(
      "select tablename as name from pg_tables where schemaname = 'public' order by tablename",
    );
    return result.rows.map((row) => row.name);
  } finally {
    await client.close();
  }
}

describe("the migrated template test databases start from", () => {
  const scratch = mkdtempSync(path.join(tmpdir(), "dcx-template-"));
  const migrations = path.join(scratch, "shop");
  const cache = path.join(scratch, "cache");
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("is built again when a migration is added, and only the newest is kept", async () => {
    const first = { tag: "0000_first", sql: "create table first_table (id int);" };
    writeMigrations(migrations, [first]);
    expect(await tablesIn(await migratedDataDir(migrations, cache))).toEqual(["first_table"]);

    writeMigrations(migrations, [first, { tag: "0001_second", sql: "create table second_table (id int);" }]);
    expect(await tablesIn(await migratedDataDir(migrations, cache))).toEqual(["first_table", "second_table"]);
    expect(readdirSync(cache).filter((file) => file.startsWith("shop-"))).toHaveLength(1);
  });
});
