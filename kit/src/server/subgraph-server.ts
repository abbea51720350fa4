import { ApolloServer, type BaseContext } from "@apollo/server";
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { GraphQLSchema } from "graphql";
import type { KeyObject } from "node:crypto";
import { GATEWAY_TOKEN_HEADER, type GatewayTokenClaims, verifyGatewayToken } from "../gateway-trust/gateway-token";
import { listen, type RunningHttpServer } from "./listen";

export interface SubgraphServerOptions<TContext extends BaseContext> {
  name: string;
  schema: GraphQLSchema;
  /** Builds the per-request context (fresh DataLoaders every request) for a verified request. */
  context: (identity: GatewayTokenClaims) => Promise<TContext> | TContext;
  /** Readiness probe: throws when the subgraph cannot serve (e.g. database unreachable). */
  ready: () => Promise<void>;
  port: number;
  host: string;
  production: boolean;
  /** Only requests signed with the matching private key (the gateway's) reach the schema. */
  gatewayPublicKey: KeyObject;
}

export interface RunningSubgraph extends RunningHttpServer {
  graphqlUrl: string;
}

/**
 * Serves one subgraph: POST /graphql, GET /health (process alive), GET /ready (can serve).
 * /graphql answers only requests the gateway signed for this subgraph; there is no landing page.
 */
export async function startSubgraphServer<TContext extends BaseContext>(
  options: SubgraphServerOptions<TContext>,
): Promise<RunningSubgraph> {
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    introspection: !options.production,
    // No Apollo Studio here: skip the per-request trace the gateway would otherwise forward.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled()],
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
  app.use("/graphql", async (req, res, next) => {
    try {
      res.locals.identity = await verifyGatewayToken(
        options.gatewayPublicKey,
        req.header(GATEWAY_TOKEN_HEADER),
        options.name,
      );
      next();
    } catch (error) {
      const { message, extensions } = error as { message: string; extensions?: unknown };
      res.status(401).json({ errors: [{ message, extensions }] });
    }
  });
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ res }) => options.context(res.locals.identity as GatewayTokenClaims),
    }),
  );

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
