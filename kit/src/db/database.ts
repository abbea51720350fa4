import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import type { Logger } from "drizzle-orm/logger";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import pg from "pg";

/** The Drizzle handle every store works with, whichever driver sits underneath. */
export type Db<TSchema extends Record<string, unknown>> = PgDatabase<PgQueryResultHKT, TSchema>;

export interface Database<TSchema extends Record<string, unknown>> {
  db: Db<TSchema>;
  driver: "pglite" | "postgres";
  /** Queries issued through `db` since the last `resetQueryCount()`. */
  /**
   * The same connection for work no request asked for (job runners, schedules): its queries are
   * not counted, so per-request query counts stay exact while background work runs.
   */
  backgroundDb: Db<TSchema>;
  queryCount(): number;
  resetQueryCount(): void;
  migrate(): Promise<void>;
  /**
   * Raw SQL on the same connection (PGlite) or pool (PostgreSQL) as `db`, for libraries that bring
   * their own SQL (pg-boss). Without values the text may hold several statements; the last
   * statement's rows are returned.
   */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  ping(): Promise<void>;
  /** The server pool's connections (for metrics); null for an embedded database (one connection). */
  poolStats(): { total: number; idle: number; waiting: number } | null;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions<TSchema extends Record<string, unknown>> {
  schema: TSchema;
  migrationsFolder: string;
  /** A PostgreSQL server URL. Without it an embedded PGlite database is used. */
  url?: string | undefined;
  /** Folder for the embedded database; omitted means in memory (tests). */
  dataDir?: string | undefined;
  /** An embedded database's starting data directory (a `dumpDataDir` tarball) instead of initdb. */
  loadDataDir?: Blob | undefined;
}

/**
 * PostgreSQL's default 128 MB of shared buffers lives inside each embedded database's WebAssembly
 * memory, which never shrinks: one process per subgraph pays it in full. Pages missing from a
 * smaller cache are read back from files the operating system caches once for every process.
 */
const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB"];

/** Counts the queries Drizzle sends, so tests can prove a query plan does not grow with data. */
class CountingLogger implements Logger {
  count = 0;
  logQuery(): void {
    this.count += 1;
  }
}

export async function openDatabase<TSchema extends Record<string, unknown>>(
  options: OpenDatabaseOptions<TSchema>,
): Promise<Database<TSchema>> {
  const logger = new CountingLogger();
  const common = {
    queryCount: () => logger.count,
    resetQueryCount: () => {
      logger.count = 0;
    },
  };

  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: 10 });
    // An idle connection the server drops (restart, failover) must not crash the process; the
    // next query opens a new connection. node-postgres requires this handler for that.
    pool.on("error", (error) => console.error(`database connection lost: ${error.message}`));
    const db = drizzlePg(pool, { schema: options.schema, logger });
    return {
      ...common,
      db: db as unknown as Db<TSchema>,
      backgroundDb: drizzlePg(pool, { schema: options.schema }) as unknown as Db<TSchema>,
      driver: "postgres",
      migrate: () => migratePg(db, { migrationsFolder: options.migrationsFolder }),
      executeSql: async (text, values) => {
        // A script of several statements answers one result each; callers want the last one's rows.
        const result = (await pool.query(text, values)) as unknown as pg.QueryResult | pg.QueryResult[];
        const last = Array.isArray(result) ? result.at(-1) : result;
        return { rows: (last?.rows ?? []) as Record<string, unknown>[] };
      },
      ping: async () => {
        await pool.query("select 1");
      },
      poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
      close: () => pool.end(),
    };
  }

  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = new PGlite({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    startParams: PGLITE_START_PARAMS,
  });
  await client.waitReady;
  const db = drizzlePglite(client, { schema: options.schema, logger });
  return {
    ...common,
    db: db as unknown as Db<TSchema>,
    backgroundDb: drizzlePglite(client, { schema: options.schema }) as unknown as Db<TSchema>,
    driver: "pglite",
    migrate: () => migratePglite(db, { migrationsFolder: options.migrationsFolder }),
    executeSql: async (text, values) => {
      // `query` takes parameters but one statement; `exec` runs a script of several.
      if (values?.length) return { rows: (await client.query<Record<string, unknown>>(text, values)).rows };
      const results = await client.exec(text);
      return { rows: (results.at(-1)?.rows ?? []) as Record<string, unknown>[] };
    },
    ping: async () => {
      await client.query("select 1");
    },
    poolStats: () => null,
    close: () => client.close(),
  };
}
