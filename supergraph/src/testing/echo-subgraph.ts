import type { KeyObject } from "node:crypto";
import { ApolloServer } from "@apollo/server";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { expressMiddleware } from "@as-integrations/express5";
import { GATEWAY_TOKEN_HEADER, listen, type RunningHttpServer, verifyGatewayToken } from "@dcx/kit";
import express from "express";
import { parse } from "graphql";

/**
 * A one-subgraph graph named "tenancy" for gateway tests. It reports what the gateway sent
 * (verified with the gateway's public key) and answers tenancy's internal caller look-ups from
 * the `callers` table the test controls, speaking the same protocol as the real tenancy subgraph.
 */
export const ECHO_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@inaccessible"])
  type Query {
    receivedAuthorization: String
    receivedIdentity: String
    internalSessionCaller(sessionId: ID!): InternalCaller @inaccessible
    internalApiKeyCaller(secret: String!): InternalCaller @inaccessible
  }
  type InternalCaller @inaccessible {
    kind: String! id: ID! sessionId: ID organizationId: ID! organizationKind: String! role: String!
    readOnly: Boolean! allOrganizations: Boolean! visibleOrganizationIds: [ID!]!
  }
`;

export interface EchoCallers {
  sessions: Map<string, object>;
  apiKeys: Map<string, object>;
  lookups: number;
}

export async function startEchoSubgraph(gatewayPublicKey: KeyObject, callers: EchoCallers): Promise<RunningHttpServer> {
  type Context = { authorization?: string | undefined; identity: unknown };
  const apollo = new ApolloServer<Context>({
    schema: buildSubgraphSchema([
      {
        typeDefs: parse(ECHO_SDL),
        resolvers: {
          Query: {
            receivedAuthorization: (_: unknown, __: unknown, ctx: Context) => ctx.authorization ?? null,
            receivedIdentity: (_: unknown, __: unknown, ctx: Context) => JSON.stringify(ctx.identity),
            internalSessionCaller: (_: unknown, args: { sessionId: string }) => {
              callers.lookups += 1;
              return callers.sessions.get(args.sessionId) ?? null;
            },
            internalApiKeyCaller: (_: unknown, args: { secret: string }) => {
              callers.lookups += 1;
              return callers.apiKeys.get(args.secret) ?? null;
            },
          },
        },
      },
    ]),
  });
  await apollo.start();
  const app = express();
  app.get("/ready", (_req, res) => res.json({ status: "ready" }));
  app.use(
    "/graphql",
    express.json({ verify: (req, _res, raw) => void ((req as { rawBody?: Buffer }).rawBody = raw) }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        authorization: req.headers.authorization,
        identity: await verifyGatewayToken(gatewayPublicKey, req.header(GATEWAY_TOKEN_HEADER), "tenancy", {
          method: req.method,
          body: (req as { rawBody?: Buffer }).rawBody ?? "",
        }),
      }),
    }),
  );
  const http = await listen(app, 0, "127.0.0.1");
  return { ...http, close: async () => (await http.close(), await apollo.stop()) };
}
