import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";

type AnyDb = PgDatabase<PgQueryResultHKT, Record<string, unknown>>;
/** PGlite and node-postgres both answer `{ rows }`. */
type Rows<T> = { rows: T[] };

/**
 * A cheap fingerprint of a set of databases: per table, its row count and an order-free sum of
 * row hashes, so an insert, a delete and an update all show. Tables of the migration tool are
 * left out.
 */
export async function fingerprint(databases: Record<string, AnyDb>): Promise<Map<string, string>> {
  const prints = new Map<string, string>();
  for (const [name, db] of Object.entries(databases)) {
    const tables = (await db.execute(
      sql`select tablename from pg_tables where schemaname = 'public' order by tablename`,
    )) as unknown as Rows<{ tablename: string }>;
    for (const { tablename } of tables.rows) {
      const table = sql.identifier(tablename);
      const result = (await db.execute(
        sql`select count(*)::text || ':' || coalesce(sum(hashtext(t::text)::bigint), 0)::text as print from ${table} t`,
      )) as unknown as Rows<{ print: string }>;
      prints.set(`${name}.${tablename}`, result.rows[0]!.print);
    }
  }
  return prints;
}

/** The tables whose fingerprint differs between two readings. */
export function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => before.get(name) !== after.get(name)).sort();
}
