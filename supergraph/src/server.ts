import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import { listen, type RunningHttpServer } from "@dcx/kit";
import cors from "cors";
import express from "express";
import type { GatewayConfig } from "./config";
import { Authenticator } from "./auth/authenticator";
import { CallerDirectory } from "./auth/caller-directory";
import { createGateway } from "./gateway";
import { type GatewayKeys, loadGatewayKeys } from "./keys";
import type { GatewayContext } from "./signing-data-source";
import { checkSubgraphs } from "./readiness";

export interface RunningGateway extends RunningHttpServer {
  graphqlUrl: string;
}

/**
 * Serves the composed graph at /graphql (Apollo Sandbox on GET when enabled), /health and /ready.
 * Apollo Server's CSRF prevention stays on: browsers must send a JSON content type or an
 * `apollo-require-preflight` header, so simple cross-site requests are refused.
 */
export async function startGateway(
  config: GatewayConfig,
  keys: GatewayKeys = loadGatewayKeys(config),
): Promise<RunningGateway> {
  const { gateway, subgraphUrls } = createGateway(config, keys.signingKey);
  const authenticator = new Authenticator(
    keys.sessionPublicKey,
    new CallerDirectory(() => subgraphUrls().get("tenancy"), keys.signingKey, config.callerCacheMs),
  );
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: config.sandbox,
    csrfPrevention: true,
    plugins: [
      config.sandbox
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false })
        : ApolloServerPluginLandingPageDisabled(),
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
  app.use(
    "/graphql",
    cors({ origin: config.corsOrigins }),
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const clientAddress = req.ip ?? "unknown";
        const caller = await authenticator.authenticate(req.headers.authorization, clientAddress);
        return { identity: { caller, clientAddress } };
      },
    }),
  );

  const http = await listen(app, config.port, config.host);
  return {
    ...http,
    graphqlUrl: `${http.url}/graphql`,
    close: async () => {
      await http.close();
      await apollo.stop();
    },
  };
}
