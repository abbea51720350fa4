import { ApolloServer, type BaseContext } from "@apollo/server";
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Express } from "express";
import type { GraphQLSchema } from "graphql";
import type { KeyObject } from "node:crypto";
import type { DocumentHandler } from "../documents/document-handler";
import { DomainError } from "../errors";
import { GATEWAY_TOKEN_HEADER, type RequestIdentity } from "../gateway-trust/gateway-token";
import { createGatewayTokenVerifier } from "../gateway-trust/gateway-token-verifier";
import {
  createServiceTokenVerifier,
  SERVICE_TOKEN_HEADER,
  type TrustedServiceKeys,
} from "../service-trust/service-token";
import { createObservability, entryLogger } from "../observability";
import { memoryUsedIdStore, type UsedIdStore } from "../shared-state/used-ids";
import { metricsRoute } from "../observability/metrics-route";
import {
  noteCaller,
  type Observability,
  observeRequests,
  REQUEST_ID_HEADER,
  requestIdFrom,
  requestObserverPlugin,
} from "../observability/request-observer";
import { documentRoute, DOCUMENTS_PATH, signedGetRequest } from "./document-route";
import { createErrorMasking, type ErrorLog } from "./error-masking";
import { listen, type RunningHttpServer } from "./listen";
import { jsonBodyErrors, parseJsonBody, rawBodyOf, readRawBody } from "./raw-json-body";

/** A verified request: through the gateway (`service` null) or from a trusted service (`caller` null). */
export interface VerifiedIdentity extends RequestIdentity {
  service: string | null;
  /** This subgraph: the token's audience. */
  audience: string;
  /** The token's `jti`, for log correlation. */
  requestId: string;
}

export interface SubgraphServerOptions<TContext extends BaseContext> {
  name: string;
  schema: GraphQLSchema;
  /** Builds the per-request context (fresh DataLoaders every request) for a verified request. */
  context: (identity: VerifiedIdentity) => Promise<TContext> | TContext;
  /** Readiness probe: throws when the subgraph cannot serve (e.g. database unreachable). */
  ready: () => Promise<void>;
  port: number;
  host: string;
  production: boolean;
  /** Only requests signed with the matching private key (the gateway's) reach the schema. */
  gatewayPublicKey: KeyObject;
  /**
   * Services that may call /graphql directly with their own token (`x-dcx-service-token`), by
   * name. Their requests carry no caller; resolvers decide what each service may do.
   */
  trustedServices?: TrustedServiceKeys;
  /**
   * Plain HTTP endpoints outside GraphQL, mounted before it (e.g. a payment provider's
   * callbacks). They are NOT behind the gateway signature: each must authenticate its own callers.
   */
  routes?: (app: Express) => void;
  /**
   * Downloadable documents by kind: `GET /documents/<kind>/<path…>` is answered by
   * `documents[kind]` for a signed-in caller the gateway signed this very URL for (see
   * `documentRoute`): 401 without, 404 for an unknown kind or a null answer, 400 for a
   * BAD_USER_INPUT, 500 (masked, logged with an errorId) for anything else.
   */
  documents?: Record<string, DocumentHandler>;
  /** Where masked errors are logged with their id (the service's log by default). */
  errorLog?: ErrorLog;
  /** Logger and metrics (default: new ones named after the subgraph). */
  observability?: Observability;
  /** `METRICS_TOKEN`: what a scraper of GET /metrics must present (required for it in production). */
  metricsToken?: string | undefined;
  /** Where used token ids are kept: shared by the replicas on Redis, this process's memory by default. */
  usedIds?: UsedIdStore;
}

export interface RunningSubgraph extends RunningHttpServer {
  graphqlUrl: string;
}

/**
 * Serves one subgraph: POST /graphql, GET /health (process alive), GET /ready (can serve),
 * GET /metrics (Prometheus), and GET /documents/<kind>/… when it has `documents`. Every /graphql
 * request gets a span continuing the gateway's trace, one log line (request id, calling
 * organisation, operation, duration, error codes) and metrics. /graphql answers only requests the
 * gateway signed for this subgraph, or that a trusted service signed for it; anything else gets
 * 401 before the schema is reached. A gateway token must be bound to this very request (method and
 * the SHA-256 of the raw body, checked before the body is parsed; a GET's path and query string)
 * and is accepted once. Unexpected errors are masked (see `createErrorMasking`). There is
 * no landing page.
 */
export async function startSubgraphServer<TContext extends BaseContext>(
  options: SubgraphServerOptions<TContext>,
): Promise<RunningSubgraph> {
  const observability = options.observability ?? createObservability(options.name);
  const { logger } = observability;
  const errors = createErrorMasking(options.name, options.errorLog ?? entryLogger(logger));
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    formatError: errors.formatError,
    // No Apollo Studio here: skip the per-request trace the gateway would otherwise forward.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      errors.plugin,
      requestObserverPlugin,
    ],
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  app.get("/health", (_req, res) => {
    res.json({ status: "ok", subgraph: options.name });
  });
  app.get("/ready", async (_req, res) => {
    try {
      await options.ready();
      res.json({ status: "ready", subgraph: options.name });
    } catch (error) {
      res.status(503).json({ status: "unavailable", subgraph: options.name, reason: String(error) });
    }
  });
  app.get(
    "/metrics",
    metricsRoute(observability.metrics, { production: options.production, token: options.metricsToken }),
  );
  options.routes?.(app);
  const usedIds = options.usedIds ?? memoryUsedIdStore();
  const services =
    options.trustedServices && options.trustedServices.size > 0
      ? createServiceTokenVerifier(
          options.trustedServices,
          options.name,
          Date.now,
          usedIds.namespace(`service:${options.name}`),
        )
      : undefined;
  const gateway = createGatewayTokenVerifier(options.gatewayPublicKey, options.name, {
    usedIds: usedIds.namespace(`gateway:${options.name}`),
  });
  const refuse = (res: express.Response, error: unknown) => {
    const { message, extensions } = error as { message: string; extensions?: { reason?: unknown } };
    // Why a signed request was refused (replayed, expired, another body) is worth a log line.
    const reason = extensions?.reason ?? "invalid token";
    if (reason !== "missing gateway signature") {
      logger.warn({ event: "request refused", reason }, "request refused");
    }
    res.status(401).json({ errors: [{ message, extensions }] });
  };
  if (options.documents && Object.keys(options.documents).length > 0) {
    app.use(
      DOCUMENTS_PATH,
      observeRequests(observability, (header) => requestIdFrom(header(REQUEST_ID_HEADER))),
      documentRoute({
        documents: options.documents,
        gateway,
        refuse,
        errorLog: options.errorLog ?? entryLogger(logger),
        subgraph: options.name,
      }),
    );
  }
  app.use(
    "/graphql",
    // The gateway's request id names the caller's request in every subgraph's log.
    observeRequests(observability, (header) => requestIdFrom(header(REQUEST_ID_HEADER))),
    // Unsigned requests are refused before their body is even read.
    (req, res, next) => {
      if (req.header(GATEWAY_TOKEN_HEADER) === undefined && req.header(SERVICE_TOKEN_HEADER) === undefined) {
        refuse(
          res,
          new DomainError("UNAUTHENTICATED", "Requests must come through the gateway", {
            reason: "missing gateway signature",
          }),
        );
      } else next();
    },
    readRawBody("1mb"),
    async (req, res, next) => {
      try {
        const gatewayToken = req.header(GATEWAY_TOKEN_HEADER);
        const serviceToken = req.header(SERVICE_TOKEN_HEADER);
        if (gatewayToken !== undefined && serviceToken !== undefined) {
          throw new DomainError("UNAUTHENTICATED", "Send either a gateway or a service signature, not both", {
            reason: "two signatures",
          });
        }
        // A GET means what its URL says, so that is what its token must be bound to: a token
        // signed for a document's URL then opens nothing at /graphql.
        const signed =
          req.method === "GET" ? signedGetRequest(req.originalUrl) : { method: req.method, body: rawBodyOf(req.body) };
        res.locals.identity =
          serviceToken !== undefined && services
            ? verifiedService(await services.verify(serviceToken), req.socket.remoteAddress)
            : await gateway.verify(gatewayToken, signed);
        const identity = res.locals.identity as VerifiedIdentity;
        noteCaller({
          organizationId: identity.caller?.organizationId,
          kind: identity.caller?.kind,
          service: identity.service,
        });
        next();
      } catch (error) {
        refuse(res, error);
      }
    },
    parseJsonBody,
    expressMiddleware(apollo, {
      context: async ({ res }) => {
        const identity = res.locals.identity as VerifiedIdentity;
        const context = await options.context(identity);
        errors.rememberIdentity(context, identity);
        return context;
      },
    }),
  );
  app.use(jsonBodyErrors);

  // The gateway's signed header lists the organisations a caller may see: a reseller with a few
  // thousand customers needs more than Node's default 16 KiB of headers.
  const http = await listen(app, options.port, options.host, { maxHeaderSize: 256 * 1024 });
  let closing: Promise<void> | undefined;
  return {
    ...http,
    graphqlUrl: `${http.url}/graphql`,
    close: () => (closing ??= http.close().then(() => apollo.stop())),
  };
}

const verifiedService = (
  claims: { service: string; audience: string; requestId: string },
  remoteAddress: string | undefined,
): VerifiedIdentity => ({ caller: null, clientAddress: remoteAddress ?? "unknown", ...claims });
