import type { Database } from "../db/database";
import type { RunningSubgraph } from "../server/subgraph-server";
import { serveSubgraph, type SubgraphDefinition } from "../subgraph";
import { openTestDatabase } from "./test-database";

export interface TestSubgraph<TSchema extends Record<string, unknown>> {
  database: Database<TSchema>;
  server: RunningSubgraph;
  close(): Promise<void>;
}

/** Serves a subgraph on a free port over a fresh test database. */
export async function startTestSubgraph<TSchema extends Record<string, unknown>, TContext extends object>(
  definition: SubgraphDefinition<TSchema, TContext>,
): Promise<TestSubgraph<TSchema>> {
  const database = await openTestDatabase(definition);
  const server = await serveSubgraph(definition, database, { port: 0, host: "127.0.0.1", production: false });
  return {
    database,
    server,
    close: async () => {
      await server.close();
      await database.close();
    },
  };
}
