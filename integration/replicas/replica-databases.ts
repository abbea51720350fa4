import { randomBytes } from "node:crypto";
import { envPrefix } from "@dcx/kit";
import { adminQuery } from "@dcx/kit/testing";
import pg from "pg";

/** The five subgraphs by the names their processes and variables use. */
export const SUBGRAPHS = ["tenancy", "wallet", "catalog", "vms", "telemetry-billing"] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];

/** The server the suite runs on: TEST_POSTGRES_URL, or the local one CI starts for slow suites. */
export const serverUrl = () => process.env.TEST_POSTGRES_URL || "postgres://postgres@127.0.0.1:5432/postgres";

export interface ReplicaDatabases {
  /** Each subgraph's database URL, shared by its replicas. */
  urls: Record<SubgraphName, string>;
  /** `<SUBGRAPH>_DATABASE_URL` for every subgraph, as the processes read them. */
  env: Record<string, string>;
  /** One SQL statement on a subgraph's database. */
  query<T extends object>(subgraph: SubgraphName, text: string, values?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

/**
 * Fresh databases on the PostgreSQL server, one per subgraph, under random names. Several
 * processes share each one, which an embedded database cannot do: without a server this fails at
 * once, saying so.
 */
export async function createReplicaDatabases(adminUrl = serverUrl()): Promise<ReplicaDatabases> {
  try {
    await adminQuery(adminUrl, "select 1");
  } catch (error) {
    throw new Error(
      `the replicas suite needs a PostgreSQL server (TEST_POSTGRES_URL or ${adminUrl}): ${(error as Error).message}`,
    );
  }
  const run = randomBytes(5).toString("hex");
  const names = Object.fromEntries(
    SUBGRAPHS.map((subgraph) => [subgraph, `dcx_test_replicas_${run}_${subgraph.replace(/-/g, "_")}`]),
  ) as Record<SubgraphName, string>;
  const created: string[] = [];
  const drop = async () => {
    for (const name of created) await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
  };
  try {
    for (const name of Object.values(names)) {
      await adminQuery(adminUrl, `create database ${name}`);
      created.push(name);
    }
  } catch (error) {
    await drop();
    throw error;
  }
  const urls = Object.fromEntries(
    SUBGRAPHS.map((subgraph) => {
      const url = new URL(adminUrl);
      url.pathname = `/${names[subgraph]}`;
      return [subgraph, url.toString()];
    }),
  ) as Record<SubgraphName, string>;
  return {
    urls,
    env: Object.fromEntries(SUBGRAPHS.map((subgraph) => [`${envPrefix(subgraph)}_DATABASE_URL`, urls[subgraph]])),
    query: async <T extends object>(subgraph: SubgraphName, text: string, values: unknown[] = []) => {
      const client = new pg.Client({ connectionString: urls[subgraph] });
      await client.connect();
      try {
        return (await client.query(text, values)).rows as T[];
      } finally {
        await client.end();
      }
    },
    drop,
  };
}
