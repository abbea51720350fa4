import { generateKeyPairSync } from "node:crypto";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { DecimalScalar, GATEWAY_TOKEN_HEADER, type RunningSubgraph, startSubgraphServer } from "@dcx/kit";
import { resellerUser } from "@dcx/kit/testing";
import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SigningDataSource } from "./signing-data-source";

const SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  scalar Decimal
  type Thing @key(fields: "id") { id: ID! seenBy: String! }
  type Query { whoAmI: String! amount(value: Decimal!): Decimal! }
  type Mutation { drain: Boolean! }
`;

const gateway = generateKeyPairSync("ed25519");
const caller = resellerUser("00000000-0000-4000-8000-000000000001", []);
let subgraph: RunningSubgraph;
let proxy: Server;
let proxyUrl: string;
let drained = 0;
/** What crossed the wire from the data source to the subgraph: headers and exact body. */
const captured: { token: string; body: Buffer }[] = [];

beforeAll(async () => {
  const schema = buildSubgraphSchema([
    {
      typeDefs: parse(SDL),
      resolvers: {
        Decimal: DecimalScalar,
        Query: {
          whoAmI: (_: unknown, __: unknown, ctx: { org: string }) => ctx.org,
          amount: (_: unknown, args: { value: string }) => args.value,
        },
        Mutation: { drain: () => ((drained += 1), true) },
        Thing: {
          __resolveReference: (ref: { id: string }, ctx: { org: string }) => ({ id: ref.id, seenBy: ctx.org }),
        },
      } as never,
    },
  ]);
  subgraph = await startSubgraphServer({
    name: "probe",
    schema,
    context: (identity) => ({ org: identity.caller?.organizationId ?? "anonymous" }),
    ready: async () => {},
    port: 0,
    host: "127.0.0.1",
    production: true,
    gatewayPublicKey: gateway.publicKey,
  });
  // A recording hop in front of the subgraph, as an eavesdropper on the internal network would be.
  proxy = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => {
      const body = Buffer.concat(chunks);
      captured.push({ token: String(incoming.headers[GATEWAY_TOKEN_HEADER]), body });
      const forward = httpRequest(
        subgraph.graphqlUrl,
        { method: incoming.method, headers: incoming.headers },
        (res) => {
          outgoing.writeHead(res.statusCode ?? 502, res.headers);
          res.pipe(outgoing);
        },
      );
      forward.end(body);
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  await new Promise((resolve) => proxy?.close(resolve));
  await subgraph?.close();
});

/** A local HTTP server for one test; `url` is its /graphql address. */
async function startServer(handle: Parameters<typeof createServer>[1]) {
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))),
  };
}

/**
 * A hop in front of the subgraph that drops the first connection without a word, as a subgraph
 * closing an idle kept-alive socket does to a request sent on it; it passes later ones on.
 */
async function startResettingHop() {
  const tokens: string[] = [];
  const hop = await startServer((incoming, outgoing) => {
    tokens.push(String(incoming.headers[GATEWAY_TOKEN_HEADER]));
    if (tokens.length === 1) {
      incoming.socket.destroy();
      return;
    }
    incoming.pipe(
      httpRequest(subgraph.graphqlUrl, { method: incoming.method, headers: incoming.headers }, (res) => {
        outgoing.writeHead(res.statusCode ?? 502, res.headers);
        res.pipe(outgoing);
      }),
    );
  });
  return { ...hop, tokens };
}

/** One plan step, as the gateway's executor hands it to the data source. */
const step = (source: SigningDataSource, query: string, variables: Record<string, unknown> = {}) =>
  source.process({
    kind: "incoming operation",
    request: { query, variables },
    context: { identity: { caller, clientAddress: "203.0.113.9" } },
    incomingRequestContext: {} as never,
    document: parse(query),
  } as never);

const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Thing { id seenBy } } }`;

describe("the gateway's signing data source", () => {
  it("signs each request for its exact body: root fields and _entities batches pass, with the caller", async () => {
    const source = new SigningDataSource("probe", proxyUrl, gateway.privateKey);
    expect(await step(source, "{ whoAmI }")).toMatchObject({ data: { whoAmI: caller.organizationId } });
    const representations = Array.from({ length: 50 }, (_, i) => ({ __typename: "Thing", id: `t-${i}` }));
    const result = await step(source, ENTITIES, { representations });
    expect(result.errors).toBeUndefined();
    expect((result.data as { _entities: unknown[] })._entities).toHaveLength(50);
    expect((result.data as { _entities: { seenBy: string }[] })._entities[49]!.seenBy).toBe(caller.organizationId);
  });

  it("sends tokens that a captured copy cannot reuse: not again, not with another body", async () => {
    const source = new SigningDataSource("probe", proxyUrl, gateway.privateKey);
    await step(source, "{ whoAmI }");
    const { token, body } = captured.at(-1)!;
    const replay = (payload: Buffer | string) =>
      fetch(subgraph.graphqlUrl, {
        method: "POST",
        headers: { "content-type": "application/json", [GATEWAY_TOKEN_HEADER]: token },
        body: payload,
      });
    const again = await replay(body);
    expect(again.status).toBe(401);
    expect(await again.json()).toMatchObject({ errors: [{ extensions: { reason: "token already used" } }] });
    const mutation = await replay(JSON.stringify({ query: "mutation { drain }" }));
    expect(mutation.status).toBe(401);
    expect(await mutation.json()).toMatchObject({ errors: [{ extensions: { reason: "signed for another body" } }] });
    expect(drained).toBe(0);
  });

  it("hands on a subgraph's GraphQL errors from an HTTP 400 as errors, not as unavailable", async () => {
    const source = new SigningDataSource("probe", proxyUrl, gateway.privateKey);
    const result = await step(source, "query($value: Decimal!) { amount(value: $value) }", { value: "12,50" });
    expect(result.data).toBeUndefined();
    expect(result.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT", field: "value" }) }),
    ]);
    expect(await step(source, "query($value: Decimal!) { amount(value: $value) }", { value: "12.50" })).toMatchObject({
      data: { amount: "12.50" },
    });
  });

  it("refuses a number JSON cannot carry on (1e999 parses to Infinity) instead of sending it as null", async () => {
    const source = new SigningDataSource("probe", proxyUrl, gateway.privateKey);
    const sent = captured.length;
    await expect(
      step(source, "query($value: Decimal!) { amount(value: $value) }", { value: Number.POSITIVE_INFINITY }),
    ).rejects.toEqual(expect.objectContaining({ extensions: { code: "BAD_USER_INPUT", field: "value" } }));
    await expect(step(source, ENTITIES, { representations: [{ __typename: "Thing", id: -Infinity }] })).rejects.toEqual(
      expect.objectContaining({ extensions: { code: "BAD_USER_INPUT", field: "representations[0].id" } }),
    );
    expect(captured.length).toBe(sent);
  });

  it("reports a subgraph that is down, or answers 5xx without GraphQL errors, as unavailable", async () => {
    const broken = createServer((_req, res) =>
      res.writeHead(502, { "content-type": "text/html" }).end("<h1>bad gateway</h1>"),
    );
    await new Promise<void>((resolve) => broken.listen(0, "127.0.0.1", resolve));
    const brokenUrl = `http://127.0.0.1:${(broken.address() as AddressInfo).port}/graphql`;
    const unavailable = expect.objectContaining({
      extensions: expect.objectContaining({ code: "SUBGRAPH_UNAVAILABLE" }),
    });
    await expect(step(new SigningDataSource("probe", brokenUrl, gateway.privateKey), "{ whoAmI }")).rejects.toEqual(
      unavailable,
    );
    await new Promise((resolve) => broken.close(resolve));
    await expect(step(new SigningDataSource("probe", brokenUrl, gateway.privateKey), "{ whoAmI }")).rejects.toEqual(
      unavailable,
    );
    // A subgraph refusing the gateway's own signature is the platform's fault, not the client's.
    const impostor = generateKeyPairSync("ed25519");
    await expect(step(new SigningDataSource("probe", proxyUrl, impostor.privateKey), "{ whoAmI }")).rejects.toEqual(
      unavailable,
    );
  });

  describe("a connection that breaks before the answer begins", () => {
    const unavailable = expect.objectContaining({
      extensions: expect.objectContaining({ code: "SUBGRAPH_UNAVAILABLE" }),
    });

    it("sends a query step again, with a fresh token, and answers it", async () => {
      const hop = await startResettingHop();
      try {
        const source = new SigningDataSource("probe", hop.url, gateway.privateKey);
        expect(await step(source, "query Probe { whoAmI }")).toMatchObject({ data: { whoAmI: caller.organizationId } });
        expect(hop.tokens).toHaveLength(2);
        expect(hop.tokens[1]).not.toBe(hop.tokens[0]);
      } finally {
        await hop.close();
      }
    });

    it("never sends a mutation again: it may have run", async () => {
      const hop = await startResettingHop();
      try {
        const source = new SigningDataSource("probe", hop.url, gateway.privateKey);
        await expect(step(source, "mutation Drain { drain }")).rejects.toEqual(unavailable);
        expect(hop.tokens).toHaveLength(1);
        expect(drained).toBe(0);
        // The connection is fine again: the same step now runs, once.
        expect(await step(source, "mutation Drain { drain }")).toMatchObject({ data: { drain: true } });
        expect(drained).toBe(1);
      } finally {
        await hop.close();
      }
    });

    it("does not send a query again once the answer has begun", async () => {
      let requests = 0;
      const halfAnswer = await startServer((incoming, outgoing) => {
        requests += 1;
        incoming.resume();
        outgoing.writeHead(200, { "content-type": "application/json", "content-length": "100" });
        outgoing.write('{"data":{"whoAm', () => incoming.socket.destroy());
      });
      try {
        const source = new SigningDataSource("probe", halfAnswer.url, gateway.privateKey);
        await expect(step(source, "{ whoAmI }")).rejects.toEqual(unavailable);
        expect(requests).toBe(1);
      } finally {
        await halfAnswer.close();
      }
    });
  });
});
