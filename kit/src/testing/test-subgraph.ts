import type { Caller } from "../caller/caller";
import type { Database } from "../db/database";
import type { Observability } from "../observability/request-observer";
import type { RunningSubgraph } from "../server/subgraph-server";
import type { TrustedServiceKeys } from "../service-trust/service-token";
import { serveSubgraph, type SubgraphDefinition } from "../subgraph";
import { providerStaff } from "./callers";
import { type TestGatewayKeys, testGatewayKeys } from "./gateway-keys";
import type { GraphQLResponse } from "./graphql-request";
import { openTestDatabase } from "./test-database";

export interface TestSubgraph<TSchema extends Record<string, unknown>> {
  database: Database<TSchema>;
  server: RunningSubgraph;
  /** Sends an operation signed as the gateway would sign it, for `as` (default: provider staff). */
  request<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { as?: Caller | null },
  ): Promise<GraphQLResponse<TData>>;
  close(): Promise<void>;
}

/**
 * Serves a subgraph on a free port over a fresh test database, trusting `keys` as the gateway
 * and, when given, `options.trustedServices` as services that may call it directly.
 */
export async function startTestSubgraph<TSchema extends Record<string, unknown>, TContext extends object>(
  definition: SubgraphDefinition<TSchema, TContext>,
  keys: TestGatewayKeys = testGatewayKeys(),
  options: { trustedServices?: TrustedServiceKeys; observability?: Observability } = {},
): Promise<TestSubgraph<TSchema>> {
  const database = await openTestDatabase(definition);
  const server = await serveSubgraph(definition, database, {
    port: 0,
    host: "127.0.0.1",
    production: false,
    gatewayPublicKey: keys.publicKey,
    ...(options.trustedServices ? { trustedServices: options.trustedServices } : {}),
    ...(options.observability ? { observability: options.observability } : {}),
  });
  return {
    database,
    server,
    request: async (query, variables = {}, options = {}) => {
      const caller = options.as === undefined ? providerStaff() : options.as;
      return keys.request(server.graphqlUrl, definition.name, query, variables, caller);
    },
    close: async () => {
      await server.close();
      await database.close();
    },
  };
}
