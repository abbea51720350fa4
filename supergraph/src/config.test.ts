import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { loadGatewayConfig } from "./config";
import { DEFAULT_SUBGRAPH_PORTS, subgraphUrl } from "./subgraph-urls";

describe("the gateway's subgraph URLs", () => {
  it("are derived from HOST and each <SUBGRAPH>_PORT, so moving a port takes one variable", () => {
    expect(loadGatewayConfig({}).subgraphUrls).toEqual({
      tenancy: "http://127.0.0.1:4001/graphql",
      wallet: "http://127.0.0.1:4002/graphql",
      catalog: "http://127.0.0.1:4003/graphql",
      vms: "http://127.0.0.1:4004/graphql",
      "telemetry-billing": "http://127.0.0.1:4005/graphql",
    });
    const moved = loadGatewayConfig({ HOST: "10.0.0.7", TELEMETRY_BILLING_PORT: "14005", WALLET_PORT: "14002" });
    expect(moved.subgraphUrls["telemetry-billing"]).toBe("http://10.0.0.7:14005/graphql");
    expect(moved.subgraphUrls.wallet).toBe("http://10.0.0.7:14002/graphql");
    expect(moved.subgraphUrls.tenancy).toBe("http://10.0.0.7:4001/graphql");
  });

  it("take a given <SUBGRAPH>_URL over the derived one", () => {
    const config = loadGatewayConfig({ VMS_URL: "http://vms:4004/graphql", VMS_PORT: "9999" });
    expect(config.subgraphUrls.vms).toBe("http://vms:4004/graphql");
    expect(config.subgraphUrls.catalog).toBe("http://127.0.0.1:4003/graphql");
  });

  it("call loopback when the services bind every interface", () => {
    expect(loadGatewayConfig({ HOST: "0.0.0.0" }).subgraphUrls.tenancy).toBe("http://127.0.0.1:4001/graphql");
    expect(subgraphUrl("::", 4001)).toBe("http://[::1]:4001/graphql");
    expect(subgraphUrl("::1", 4001)).toBe("http://[::1]:4001/graphql");
  });

  it("match the URLs composed into the supergraph from each subgraph's default port", async () => {
    const supergraph = await readFile(loadGatewayConfig({}).supergraphPath, "utf8");
    const composed = [...supergraph.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)].map(
      ([, name, url]) => [name, url],
    );
    expect(Object.fromEntries(composed)).toEqual(loadGatewayConfig({}).subgraphUrls);
    expect(Object.keys(DEFAULT_SUBGRAPH_PORTS).sort()).toEqual(composed.map(([name]) => name).sort());
  });
});

describe("the gateway's ports", () => {
  it("refuses a bad port or one a local subgraph also uses, naming the variables", () => {
    expect(() => loadGatewayConfig({ GATEWAY_PORT: "6000" })).toThrow(/GATEWAY_PORT: port 6000 is refused by fetch/);
    expect(() => loadGatewayConfig({ GATEWAY_PORT: "4003" })).toThrow(
      /GATEWAY_PORT, CATALOG_PORT: all set to port 4003/,
    );
    expect(() => loadGatewayConfig({ WALLET_PORT: "4001" })).toThrow(/TENANCY_PORT, WALLET_PORT: all set to port 4001/);
  });

  it("lets a subgraph that runs elsewhere (given by URL) keep any port variable", () => {
    expect(loadGatewayConfig({ GATEWAY_PORT: "4003", CATALOG_URL: "http://catalog:4003/graphql" }).port).toBe(4003);
  });
});

describe("the gateway's shared state", () => {
  it("is on Redis when REDIS_URL is given, and a URL that is not Redis's is refused", () => {
    expect(loadGatewayConfig({}).redisUrl).toBeUndefined();
    expect(loadGatewayConfig({ REDIS_URL: "redis://redis:6379" }).redisUrl).toBe("redis://redis:6379");
    expect(() => loadGatewayConfig({ REDIS_URL: "postgres://redis:6379" })).toThrow(/REDIS_URL/);
  });
});
