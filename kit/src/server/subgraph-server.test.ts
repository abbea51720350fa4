import "reflect-metadata";
import { generateKeyPairSync, randomUUID } from "node:crypto";
import { Field, ID, ObjectType, Query, Resolver } from "type-graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signGatewayToken } from "../gateway-trust/gateway-token";
import { buildFederatedSchema } from "../schema/build-subgraph-schema";
import { resellerUser } from "../testing/callers";
import { graphqlRequest } from "../testing/graphql-request";
import { type RunningSubgraph, startSubgraphServer } from "./subgraph-server";

@ObjectType()
class Secret {
  @Field(() => ID)
  id!: string;
}

@Resolver()
class SecretResolver {
  @Query(() => Secret)
  secret(): Secret {
    return { id: "s-1" };
  }
}

describe("a subgraph server", () => {
  const gateway = generateKeyPairSync("ed25519");
  let server: RunningSubgraph;
  beforeAll(async () => {
    server = await startSubgraphServer({
      name: "probe",
      schema: await buildFederatedSchema({ resolvers: [SecretResolver] }),
      context: () => ({}),
      ready: async () => {},
      port: 0,
      host: "127.0.0.1",
      production: false,
      gatewayPublicKey: gateway.publicKey,
    });
  });
  afterAll(() => server.close());

  const direct = (query: string, headers: Record<string, string> = {}) =>
    fetch(server.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query }),
    });

  it("refuses direct callers, for root fields and _entities alike, with 401 and no data", async () => {
    for (const query of [
      "{ secret { id } }",
      "{ _service { sdl } }",
      "{ _entities(representations: []) { __typename } }",
    ]) {
      const response = await direct(query);
      expect(response.status).toBe(401);
      const body = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
      expect(body.data).toBeUndefined();
      expect(body.errors[0]!.extensions.code).toBe("UNAUTHENTICATED");
    }
  });

  it("serves requests the gateway signed for it", async () => {
    const token = await signGatewayToken(gateway.privateKey, "probe");
    const result = await graphqlRequest(server.graphqlUrl, "{ secret { id } }", {}, { "x-dcx-gateway-token": token });
    expect(result).toEqual({ data: { secret: { id: "s-1" } } });
  });

  it("accepts the large signed header of a reseller with thousands of customers", async () => {
    const customers = Array.from({ length: 3000 }, () => randomUUID());
    const caller = resellerUser(randomUUID(), customers);
    const token = await signGatewayToken(gateway.privateKey, "probe", { caller, clientAddress: "127.0.0.1" });
    expect(token.length).toBeGreaterThan(100_000);
    const result = await graphqlRequest(server.graphqlUrl, "{ secret { id } }", {}, { "x-dcx-gateway-token": token });
    expect(result).toEqual({ data: { secret: { id: "s-1" } } });
  });

  it("refuses a token the gateway signed for another subgraph", async () => {
    const token = await signGatewayToken(gateway.privateKey, "wallet");
    expect((await direct("{ secret { id } }", { "x-dcx-gateway-token": token })).status).toBe(401);
  });

  it("keeps health and readiness open for the platform's probes", async () => {
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);
  });
});
