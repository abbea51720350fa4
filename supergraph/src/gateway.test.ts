import { tmpdir } from "node:os";
import { graphqlRequest } from "@dcx/kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGatewayConfig } from "./config";
import { loadGatewayKeys } from "./keys";
import { startTestGateway, type TestGateway } from "./testing/test-gateway";

describe("gateway", () => {
  let development: TestGateway;
  let production: TestGateway;

  beforeAll(async () => {
    development = await startTestGateway();
    production = await startTestGateway({ NODE_ENV: "production" });
  });
  afterAll(async () => {
    await development?.close();
    await production?.close();
  });

  it("serves Apollo Sandbox and introspection in development", async () => {
    const page = await fetch(development.gateway.graphqlUrl, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/sandbox/i);
    const introspection = await graphqlRequest(development.gateway.graphqlUrl, "{ __schema { queryType { name } } }");
    expect(introspection.data).toEqual({ __schema: { queryType: { name: "Query" } } });
  });

  it("hides Sandbox and introspection in production unless enabled", async () => {
    const page = await fetch(production.gateway.graphqlUrl, { headers: { accept: "text/html" } });
    expect(await page.text()).not.toMatch(/sandbox/i);
    const introspection = await graphqlRequest(production.gateway.graphqlUrl, "{ __schema { queryType { name } } }");
    expect(introspection.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(loadGatewayConfig({ NODE_ENV: "production", GATEWAY_SANDBOX: "true" }).sandbox).toBe(true);
  });

  it("refuses to start in production without key files", () => {
    const config = loadGatewayConfig({ NODE_ENV: "production", DATA_DIR: tmpdir() });
    expect(() => loadGatewayKeys(config)).toThrow(/GATEWAY_SIGNING_KEY_FILE/);
  });

  it("keeps tenancy's internal look-ups out of the public graph", async () => {
    const result = await graphqlRequest(
      development.gateway.graphqlUrl,
      '{ internalSessionCaller(sessionId: "s") { id } }',
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("refuses simple cross-site GET requests (CSRF prevention)", async () => {
    const response = await fetch(
      `${development.gateway.graphqlUrl}?query=${encodeURIComponent("{ receivedIdentity }")}`,
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });

  it("compresses large answers for clients that accept it, and leaves small ones as they are", async () => {
    const ask = (query: string) =>
      fetch(development.gateway.graphqlUrl, {
        method: "POST",
        headers: { "content-type": "application/json", "accept-encoding": "gzip" },
        body: JSON.stringify({ query }),
      });
    const large = await ask("{ __schema { types { name description fields { name description } } } }");
    expect(large.headers.get("content-encoding")).toBe("gzip");
    const answer = (await large.json()) as { data: { __schema: { types: unknown[] } } };
    expect(answer.data.__schema.types.length).toBeGreaterThan(10);
    const small = await ask("{ __typename }");
    expect(small.headers.get("content-encoding")).toBeNull();
    expect(await small.json()).toEqual({ data: { __typename: "Query" } });
  });

  it("answers health and readiness, then reports an unreachable subgraph clearly, without its address", async () => {
    const { gateway, echo } = development;
    expect((await fetch(`${gateway.url}/health`)).status).toBe(200);
    expect((await fetch(`${gateway.url}/ready`)).status).toBe(200);
    await echo.close();
    const notReady = await fetch(`${gateway.url}/ready`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toMatchObject({ subgraphs: [{ name: "tenancy", ready: false }] });

    const result = await graphqlRequest(gateway.graphqlUrl, "{ receivedIdentity }");
    expect(result.data).toEqual({ receivedIdentity: null });
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: "The tenancy service is unavailable",
        extensions: expect.objectContaining({ code: "SUBGRAPH_UNAVAILABLE", service: "tenancy" }),
      }),
    ]);
    expect(JSON.stringify(result.errors)).not.toContain("127.0.0.1");
  });
});
