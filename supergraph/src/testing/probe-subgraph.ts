import { setTimeout as sleep } from "node:timers/promises";
import { ApolloServer } from "@apollo/server";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { expressMiddleware } from "@as-integrations/express5";
import { listen, type RunningHttpServer } from "@dcx/kit";
import express from "express";
import { GraphQLError, parse } from "graphql";

/**
 * A subgraph named "probe" for the gateway's limits and error masking: paged lists to price,
 * answers of any size or delay, and the errors a careless subgraph lets out (an exception whose
 * message carries SQL and bound values, a stack, no code) next to the stable codes that must pass.
 */
export const PROBE_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query {
    items(first: Int = 10): [Item!]!
    item: Item
    text(bytes: Int!): String
    slow(ms: Int!): String
    kindName(kind: Kind!): String
    failure(kind: String!): String
  }
  enum Kind { CUSTOMER RESELLER }
  type Item { id: ID! name: String! child: Item items(first: Int = 10): [Item!]! }
`;

export const LEAKED_SQL = `insert into "users" ("email", "name") values ($1, $2) -- params: it@adcock.co.za`;

const item = (id: number) => ({ id: String(id), name: `item ${id}` });
const list = (first: number) => Array.from({ length: Math.max(0, Math.min(first, 10_000)) }, (_, i) => item(i));

const failures: Record<string, () => never> = {
  exception: () => {
    throw new Error(`Failed query: ${LEAKED_SQL}`);
  },
  internal: () => {
    throw new GraphQLError(LEAKED_SQL, { extensions: { code: "INTERNAL_SERVER_ERROR" } });
  },
  uncoded: () => {
    throw new GraphQLError(`relation "wallet_ledger" does not exist`, { extensions: { code: undefined } });
  },
  badInput: () => {
    throw new GraphQLError("name must be at most 80 characters", {
      extensions: { code: "BAD_USER_INPUT", field: "name" },
    });
  },
  rateLimited: () => {
    throw new GraphQLError("Too many requests", { extensions: { code: "RATE_LIMITED", retryAfterSeconds: 7 } });
  },
};

export interface ProbeSubgraph extends RunningHttpServer {
  /** GraphQL requests the gateway has sent so far. */
  requests(): number;
}

export async function startProbeSubgraph(): Promise<ProbeSubgraph> {
  const apollo = new ApolloServer({
    // A subgraph that leaks: stacks in its answers, no masking of its own.
    includeStacktraceInErrorResponses: true,
    schema: buildSubgraphSchema([
      {
        typeDefs: parse(PROBE_SDL),
        resolvers: {
          Query: {
            items: (_: unknown, args: { first: number }) => list(args.first),
            item: () => item(0),
            text: (_: unknown, args: { bytes: number }) => "x".repeat(args.bytes),
            slow: async (_: unknown, args: { ms: number }) => (await sleep(args.ms), "done"),
            kindName: (_: unknown, args: { kind: string }) => args.kind,
            failure: (_: unknown, args: { kind: string }) => (failures[args.kind] ?? failures.exception!)(),
          },
          Item: {
            child: (parent: { id: string }) => item(Number(parent.id) + 1),
            items: (_: unknown, args: { first: number }) => list(args.first),
          },
        },
      },
    ]),
  });
  await apollo.start();
  let requests = 0;
  const app = express();
  app.use("/graphql", (_req, _res, next) => ((requests += 1), next()));
  app.use("/graphql", express.json({ limit: "1mb" }), expressMiddleware(apollo));
  const http = await listen(app, 0, "127.0.0.1");
  // The gateway's fetcher keeps idle sockets open for ever; closing them after Node's 5 s default
  // would race with the next plan step on a quiet test ("socket hang up").
  http.server.keepAliveTimeout = 120_000;
  return { ...http, requests: () => requests, close: async () => (await http.close(), await apollo.stop()) };
}
