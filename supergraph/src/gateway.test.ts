import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { composeServices } from "@apollo/composition";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { generateKeyPairSync } from "node:crypto";
import { GATEWAY_TOKEN_HEADER, listen, type RunningHttpServer, verifyGatewayToken } from "@dcx/kit";
import { graphqlRequest } from "@dcx/kit/testing";
import express from "express";
import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGatewayConfig } from "./config";
import { createGateway } from "./gateway";
import { type RunningGateway, startGateway } from "./server";

/** A one-field subgraph that reports the Authorization header it received. */
const ECHO_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query { receivedAuthorization: String, receivedGatewayToken: String }
`;

interface EchoContext {
  authorization?: string | undefined;
  gatewayToken?: string | undefined;
}

/** A one-subgraph graph that reports the headers it received from the gateway. */
async function startEchoSubgraph(): Promise<RunningHttpServer> {
  const apollo = new ApolloServer<EchoContext>({
    schema: buildSubgraphSchema([
      {
        typeDefs: parse(ECHO_SDL),
        resolvers: {
          Query: {
            receivedAuthorization: (_: unknown, __: unknown, ctx: EchoContext) => ctx.authorization ?? null,
            receivedGatewayToken: (_: unknown, __: unknown, ctx: EchoContext) => ctx.gatewayToken ?? null,
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
    express.json(),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        authorization: req.headers.authorization,
        gatewayToken: req.header(GATEWAY_TOKEN_HEADER),
      }),
    }),
  );
  const http = await listen(app, 0, "127.0.0.1");
  return { ...http, close: async () => (await http.close(), await apollo.stop()) };
}

async function writeSupergraph(subgraphUrl: string): Promise<string> {
  const composed = composeServices([{ name: "tenancy", url: subgraphUrl, typeDefs: parse(ECHO_SDL) }]);
  if (!composed.supergraphSdl) throw new Error(String(composed.errors));
  const file = path.join(await mkdtemp(path.join(tmpdir(), "dcx-gateway-")), "supergraph.graphql");
  await writeFile(file, composed.supergraphSdl);
  return file;
}

describe("gateway", () => {
  let echo: RunningHttpServer;
  let development: RunningGateway;
  let production: RunningGateway;
  let echoStopped = false;
  const keys = generateKeyPairSync("ed25519");

  beforeAll(async () => {
    echo = await startEchoSubgraph();
    const SUPERGRAPH_PATH = await writeSupergraph(`${echo.url}/graphql`);
    development = await startGateway(
      loadGatewayConfig({ GATEWAY_PORT: "0", NODE_ENV: "development", SUPERGRAPH_PATH }),
      keys.privateKey,
    );
    production = await startGateway(
      loadGatewayConfig({ GATEWAY_PORT: "0", NODE_ENV: "production", SUPERGRAPH_PATH }),
      keys.privateKey,
    );
  });
  afterAll(async () => {
    await development?.close();
    await production?.close();
    if (!echoStopped) await echo?.close();
  });

  it("forwards the caller's Authorization header to subgraphs", async () => {
    const result = await graphqlRequest(
      development.graphqlUrl,
      "{ receivedAuthorization }",
      {},
      { authorization: "Bearer abc.def" },
    );
    expect(result.data).toEqual({ receivedAuthorization: "Bearer abc.def" });
  });

  it("signs each subgraph request for that subgraph", async () => {
    const result = await graphqlRequest<{ receivedGatewayToken: string }>(
      development.graphqlUrl,
      "{ receivedGatewayToken }",
    );
    const token = result.data!.receivedGatewayToken;
    await expect(verifyGatewayToken(keys.publicKey, token, "tenancy")).resolves.toMatchObject({ audience: "tenancy" });
    await expect(verifyGatewayToken(keys.publicKey, token, "wallet")).rejects.toThrow();
  });

  it("refuses to start in production without a signing key file", () => {
    const config = loadGatewayConfig({ NODE_ENV: "production", DATA_DIR: tmpdir() });
    expect(() => createGateway(config)).toThrow(/GATEWAY_SIGNING_KEY_FILE/);
  });

  it("serves Apollo Sandbox and introspection in development", async () => {
    const page = await fetch(development.graphqlUrl, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/sandbox/i);
    const introspection = await graphqlRequest(development.graphqlUrl, "{ __schema { queryType { name } } }");
    expect(introspection.data).toEqual({ __schema: { queryType: { name: "Query" } } });
  });

  it("hides Sandbox and introspection in production unless enabled", async () => {
    const page = await fetch(production.graphqlUrl, { headers: { accept: "text/html" } });
    expect(await page.text()).not.toMatch(/sandbox/i);
    const introspection = await graphqlRequest(production.graphqlUrl, "{ __schema { queryType { name } } }");
    expect(introspection.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(loadGatewayConfig({ NODE_ENV: "production", GATEWAY_SANDBOX: "true" }).sandbox).toBe(true);
  });

  it("refuses simple cross-site GET requests (CSRF prevention)", async () => {
    const response = await fetch(`${development.graphqlUrl}?query=${encodeURIComponent("{ receivedAuthorization }")}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });

  it("answers health and readiness, and reports a subgraph that is down", async () => {
    expect((await fetch(`${development.url}/health`)).status).toBe(200);
    const ready = await fetch(`${development.url}/ready`);
    expect(ready.status).toBe(200);
    await echo.close();
    echoStopped = true;
    const notReady = await fetch(`${development.url}/ready`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toMatchObject({ subgraphs: [{ name: "tenancy", ready: false }] });
  });

  it("turns an unreachable subgraph into a clear error that hides its address", async () => {
    if (!echoStopped) await echo.close();
    echoStopped = true;
    const result = await graphqlRequest(development.graphqlUrl, "{ receivedAuthorization }");
    expect(result.data).toEqual({ receivedAuthorization: null });
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: "The tenancy service is unavailable",
        extensions: expect.objectContaining({ code: "SUBGRAPH_UNAVAILABLE", service: "tenancy" }),
      }),
    ]);
    expect(JSON.stringify(result.errors)).not.toContain("127.0.0.1");
  });
});
