import type { KeyObject } from "node:crypto";
import type { Express } from "express";
import type { GraphQLSchema } from "graphql";
import { GATEWAY_KEY, loadPublicKey, serviceKey } from "./keys/ed25519-keys";
import type { RequestIdentity } from "./gateway-trust/gateway-token";
import type { SubgraphConfig } from "./config/subgraph-config";
import type { DocumentHandler } from "./documents/document-handler";
import { type Database, type Db, openDatabase } from "./db/database";
import { createObservability } from "./observability";
import type { Observability } from "./observability/request-observer";
import { startTracing } from "./observability/tracing";
import { migrationsFolder } from "./paths";
import { type RunningSubgraph, startSubgraphServer } from "./server/subgraph-server";
import type { TrustedServiceKeys } from "./service-trust/service-token";
import { openSharedState } from "./shared-state/shared-state";
import type { UsedIdStore } from "./shared-state/used-ids";

/** What a subgraph folder exports so that the kit can run it, test it and compose it. */
export interface SubgraphDefinition<TSchema extends Record<string, unknown>, TContext extends object> {
  name: string;
  defaultPort: number;
  /** The Drizzle tables of the subgraph's own database. */
  tables: TSchema;
  buildSchema(): Promise<GraphQLSchema>;
  /** A fresh context per request: DataLoaders must never outlive one request. */
  createContext(db: Db<TSchema>, identity: RequestIdentity): TContext;
  /** Plain HTTP endpoints beside /graphql that authenticate their own callers (see SubgraphServerOptions). */
  routes?(db: Db<TSchema>): (app: Express) => void;
  /**
   * Downloadable documents by kind (e.g. `quotes`), served at GET /documents/<kind>/… for callers
   * the gateway signed the request for (see SubgraphServerOptions.documents). `schema` is the
   * subgraph's own, e.g. to read a query-string input with GraphQL's rules and messages.
   */
  documents?(db: Db<TSchema>, schema: GraphQLSchema): Record<string, DocumentHandler>;
}

export interface RunningSubgraphWithDatabase<TSchema extends Record<string, unknown>> {
  server: RunningSubgraph;
  database: Database<TSchema>;
  observability: Observability;
  close(): Promise<void>;
}

export function openSubgraphDatabase<TSchema extends Record<string, unknown>>(
  definition: SubgraphDefinition<TSchema, object>,
  config: Pick<SubgraphConfig, "databaseUrl" | "dataDir">,
): Promise<Database<TSchema>> {
  return openDatabase({
    schema: definition.tables,
    migrationsFolder: migrationsFolder(definition.name),
    url: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : config.dataDir,
  });
}

/** Serves a subgraph over an already-open, migrated database. */
export async function serveSubgraph<TSchema extends Record<string, unknown>, TContext extends object>(
  definition: SubgraphDefinition<TSchema, TContext>,
  database: Database<TSchema>,
  options: {
    port: number;
    host: string;
    production: boolean;
    gatewayPublicKey: KeyObject;
    trustedServices?: TrustedServiceKeys;
    observability?: Observability;
    metricsToken?: string | undefined;
    usedIds?: UsedIdStore;
  },
): Promise<RunningSubgraph> {
  const observability = options.observability ?? createObservability(definition.name);
  observability.metrics.gaugeReadAtScrape(
    "dcx_db_pool_connections",
    "Connections of the PostgreSQL server pool by state (none for an embedded database)",
    ["state"],
    () => Object.entries(database.poolStats() ?? {}).map(([state, value]) => ({ labels: { state }, value })),
  );
  const schema = await definition.buildSchema();
  return startSubgraphServer({
    name: definition.name,
    schema,
    context: (identity) => definition.createContext(database.db, identity),
    ready: () => database.ping(),
    routes: definition.routes?.(database.db),
    documents: definition.documents?.(database.db, schema),
    ...options,
    observability,
  });
}

/**
 * Opens and migrates the subgraph's database, then serves it. Used by every `main.ts`.
 * `beforeServe` runs on the migrated database before the first request can arrive (e.g. to start
 * a job runner that mutations hand work to), so `/ready` never answers before it is done.
 */
export async function runSubgraph<TSchema extends Record<string, unknown>, TContext extends object>(
  definition: SubgraphDefinition<TSchema, TContext>,
  config: SubgraphConfig,
  options: {
    beforeServe?: (database: Database<TSchema>) => Promise<void>;
    /** The process's logger and metrics (default: new ones with the process's own metrics). */
    observability?: Observability;
  } = {},
): Promise<RunningSubgraphWithDatabase<TSchema>> {
  const tracing = startTracing(definition.name);
  const observability = options.observability ?? createObservability(definition.name, { processMetrics: true });
  const shared = await openSharedState(config.redisUrl, (error) =>
    observability.logger.warn({ event: "redis connection error", reason: error.message }, "redis connection error"),
  );
  const database = await openSubgraphDatabase(definition, config);
  await database.migrate();
  await options.beforeServe?.(database);
  const production = config.nodeEnv === "production";
  const gatewayPublicKey = loadPublicKey({
    key: GATEWAY_KEY,
    file: config.gatewayPublicKeyFile,
    dataDir: config.dataRoot,
    production,
  });
  const server = await serveSubgraph(definition, database, {
    port: config.port,
    host: config.host,
    production,
    gatewayPublicKey,
    trustedServices: loadTrustedServiceKeys(config),
    observability,
    metricsToken: config.metricsToken,
    usedIds: shared.usedIds,
  });
  return {
    server,
    database,
    observability,
    close: async () => {
      await server.close();
      await database.close();
      await shared.close();
      await tracing?.shutdown();
    },
  };
}

/**
 * The public key of each service in `config.trustedServices`: its `<SERVICE>_SERVICE_PUBLIC_KEY_FILE`,
 * or outside production the development key under DATA_DIR/keys that the service signs with.
 */
export function loadTrustedServiceKeys(
  config: Pick<SubgraphConfig, "trustedServices" | "dataRoot" | "nodeEnv">,
): TrustedServiceKeys {
  return new Map(
    config.trustedServices.map(({ name, publicKeyFile }) => [
      name,
      loadPublicKey({
        key: serviceKey(name),
        file: publicKeyFile,
        dataDir: config.dataRoot,
        production: config.nodeEnv === "production",
      }),
    ]),
  );
}
