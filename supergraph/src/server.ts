import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import {
  createObservability,
  entryLogger,
  listen,
  metricsRoute,
  noteCaller,
  type Observability,
  observeRequests,
  openSharedState,
  requestObserverPlugin,
  type RunningHttpServer,
} from "@dcx/kit";
import compression from "compression";
import cors from "cors";
import express from "express";
import type { GatewayConfig } from "./config";
import { Authenticator } from "./auth/authenticator";
import { CallerDirectory } from "./auth/caller-directory";
import { createDocumentClient } from "./documents/document-client";
import { documentRoute } from "./documents/document-route";
import { createGateway, resolveSubgraphUrl } from "./gateway";
import { type GatewayKeys, loadGatewayKeys } from "./keys";
import type { GatewayContext } from "./signing-data-source";
import { checkSubgraphs } from "./readiness";
import { createGatewayErrorFormatter, type ErrorLog } from "./errors/error-masking";
import { blockFieldSuggestions } from "./errors/field-suggestions";
import { callerKey } from "./limits/caller-key";
import type { LimitedContext } from "./limits/limits-plugin";
import { loadQueryLimits, type QueryLimits } from "./limits/limits-config";
import { createQueryLimits } from "./limits/query-limits";
import { executeAs } from "./session/execute-as";
import { sessionRoutes } from "./session/session-routes";

export interface RunningGateway extends RunningHttpServer {
  graphqlUrl: string;
}

export interface GatewayOptions {
  /** The query limits (default: `loadQueryLimits()`, the `GATEWAY_*` limit variables). */
  limits?: QueryLimits;
  /** Where masked errors are logged with their id (default: the gateway's log). */
  errorLog?: ErrorLog;
  /** Logger and metrics (default: new ones, with the process's own metrics). */
  observability?: Observability;
}

type GatewayRequestContext = GatewayContext & LimitedContext;

const KEEP_ALIVE_MS = 65_000;
const COMPRESS_ABOVE_BYTES = 2048;

/**
 * Serves the composed graph at /graphql (Apollo Sandbox on GET when enabled), the browser's
 * session routes at /auth (refresh token in an HttpOnly cookie), document downloads at
 * /documents (tax invoices, quotes: fetched from the subgraph that makes them), /health and /ready.
 * Apollo Server's CSRF prevention stays on: browsers must send a JSON content type or an
 * `apollo-require-preflight` header, so simple cross-site requests are refused. Every operation
 * passes the query limits before it is planned, and every error passes the error masking.
 */
export async function startGateway(
  config: GatewayConfig,
  keys: GatewayKeys = loadGatewayKeys(config),
  options: GatewayOptions = {},
): Promise<RunningGateway> {
  const observability = options.observability ?? createObservability("gateway", { processMetrics: true });
  const { gateway, subgraphUrls } = createGateway(config, keys.signingKey, observability.logger);
  const log = entryLogger(observability.logger);
  const queryLimits = options.limits ?? loadQueryLimits();
  const shared = await openSharedState(config.redisUrl, (error) =>
    log({ level: "warn", event: "redis connection error", reason: error.message }),
  );
  const limits = createQueryLimits(queryLimits, readFileSync(config.supergraphPath, "utf8"), {
    log,
    redis: shared.redis,
  });
  const authenticator = new Authenticator(
    keys.sessionPublicKey,
    new CallerDirectory(() => subgraphUrls().get("tenancy"), keys.signingKey, config.callerCacheMs, log),
  );
  const apollo = new ApolloServer<GatewayRequestContext>({
    gateway: limits.bound(gateway),
    introspection: config.sandbox,
    csrfPrevention: true,
    parseOptions: limits.parseOptions,
    stringifyResult: limits.stringifyResult,
    formatError: createGatewayErrorFormatter({
      production: config.production,
      log: options.errorLog ?? log,
    }),
    includeStacktraceInErrorResponses: false,
    plugins: [
      config.sandbox
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false })
        : ApolloServerPluginLandingPageDisabled(),
      limits.plugin,
      requestObserverPlugin,
      ...(config.production ? [blockFieldSuggestions()] : []),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  // Which proxies may set X-Forwarded-For: the client address feeds sign-in rate limits.
  app.set("trust proxy", config.trustProxy);
  app.get("/", (_req, res) => res.redirect("/graphql"));
  app.get("/health", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/ready", async (_req, res) => {
    const subgraphs = await checkSubgraphs(subgraphUrls());
    const ready = subgraphs.length > 0 && subgraphs.every((s) => s.ready);
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "unavailable", subgraphs });
  });
  app.get(
    "/metrics",
    metricsRoute(observability.metrics, { production: config.production, token: config.metricsToken }),
  );
  // Same-origin only (no CORS): the dashboard reaches them through its own origin's proxy.
  app.use(
    "/auth",
    sessionRoutes({
      execute: (query, variables, identity) => executeAs(apollo, query, variables, identity),
      authenticate: (authorization, clientAddress) => authenticator.authenticate(authorization, clientAddress),
      log,
    }),
  );
  // Same-origin only, like /auth; the caller is authenticated exactly as at /graphql.
  app.use(
    "/documents",
    observeRequests(observability),
    compression({ threshold: COMPRESS_ABOVE_BYTES }),
    documentRoute({
      authenticate: (authorization, clientAddress) => authenticator.authenticate(authorization, clientAddress),
      subgraphUrl: (name) => resolveSubgraphUrl(config, name),
      client: createDocumentClient(keys.signingKey),
      limits: { ...limits, maxCost: queryLimits.maxCost, executionTimeoutMs: queryLimits.executionTimeoutMs },
      log,
    }),
  );
  app.use(
    "/graphql",
    observeRequests(observability),
    // A dashboard answer is tens of kilobytes of JSON that compresses ~10×; small answers go as they are.
    compression({ threshold: COMPRESS_ABOVE_BYTES }),
    cors({ origin: config.corsOrigins }),
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const clientAddress = req.ip ?? "unknown";
        const caller = await authenticator.authenticate(req.headers.authorization, clientAddress);
        noteCaller({ organizationId: caller?.organizationId, kind: caller?.kind });
        const identity = { caller, clientAddress };
        const limitKey = callerKey(identity);
        limits.refuseEarlyRetry(limitKey);
        return { identity, limitKey };
      },
    }),
  );

  const http = await listen(app, config.port, config.host);
  // Idle keep-alive sockets outlive the clients' own idle timeouts (browsers, proxies, undici's
  // 4 s), so a busy moment does not close a socket just as a client sends on it (a reset).
  http.server.keepAliveTimeout = KEEP_ALIVE_MS;
  http.server.headersTimeout = KEEP_ALIVE_MS + 1000;
  return {
    ...http,
    graphqlUrl: `${http.url}/graphql`,
    close: async () => {
      await http.close();
      await apollo.stop();
      await shared.close();
    },
  };
}
