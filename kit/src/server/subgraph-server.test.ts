import { generateKeyPairSync, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServiceClient } from "../service-trust/service-client";
import { signServiceToken } from "../service-trust/service-token";
import { buildFederatedSchema } from "../schema/build-subgraph-schema";
import { resellerUser } from "../testing/callers";
import { graphqlBody, postGraphqlBody } from "../testing/graphql-request";
import { SecretResolver, signed } from "./probe-subgraph.testing";
import { type RunningSubgraph, startSubgraphServer, type VerifiedIdentity } from "./subgraph-server";

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
    const { body, headers } = await signed(gateway.privateKey, "probe", "{ secret { id } }");
    expect(await postGraphqlBody(server.graphqlUrl, body, headers)).toEqual({ data: { secret: { id: "s-1" } } });
  });

  it("refuses a captured gateway token sent again, with its own body or another", async () => {
    const { body, headers } = await signed(gateway.privateKey, "probe", "{ secret { id } }");
    expect(await postGraphqlBody(server.graphqlUrl, body, headers)).toEqual({ data: { secret: { id: "s-1" } } });
    const replayed = await fetch(server.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
    });
    expect(replayed.status).toBe(401);
    expect(await replayed.json()).toMatchObject({ errors: [{ extensions: { reason: "token already used" } }] });
  });

  it("refuses a fresh gateway token carrying another operation than the one it was signed for", async () => {
    const { headers } = await signed(gateway.privateKey, "probe", "{ secret { id } }");
    for (const other of ["{ _service { sdl } }", "mutation { secret }", "{ secret { id } }\n"]) {
      const response = await fetch(server.graphqlUrl, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: graphqlBody(other),
      });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({
        errors: [{ extensions: { code: "UNAUTHENTICATED", reason: "signed for another body" } }],
      });
    }
    // Refused for its body, the token was never used: the request it was signed for still passes.
    const original = graphqlBody("{ secret { id } }");
    expect(await postGraphqlBody(server.graphqlUrl, original, headers)).toEqual({ data: { secret: { id: "s-1" } } });
  });

  it("accepts the large signed header of a reseller with thousands of customers", async () => {
    const customers = Array.from({ length: 3000 }, () => randomUUID());
    const caller = resellerUser(randomUUID(), customers);
    const { body, headers } = await signed(gateway.privateKey, "probe", "{ secret { id } }", {
      caller,
      clientAddress: "127.0.0.1",
    });
    expect(headers["x-dcx-gateway-token"].length).toBeGreaterThan(100_000);
    expect(await postGraphqlBody(server.graphqlUrl, body, headers)).toEqual({ data: { secret: { id: "s-1" } } });
  });

  it("refuses a token the gateway signed for another subgraph", async () => {
    const { headers } = await signed(gateway.privateKey, "wallet", "{ secret { id } }");
    expect((await direct("{ secret { id } }", headers)).status).toBe(401);
  });

  it("keeps health and readiness open for the platform's probes", async () => {
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);
  });
});

describe("a subgraph server that trusts a service", () => {
  const gateway = generateKeyPairSync("ed25519");
  const vms = generateKeyPairSync("ed25519");
  const impostor = generateKeyPairSync("ed25519");
  let server: RunningSubgraph;
  let untrusting: RunningSubgraph;
  beforeAll(async () => {
    const options = {
      name: "probe",
      schema: await buildFederatedSchema({ resolvers: [SecretResolver] }),
      context: (identity: VerifiedIdentity) => ({ identity }),
      ready: async () => {},
      port: 0,
      host: "127.0.0.1",
      production: false,
      gatewayPublicKey: gateway.publicKey,
    };
    server = await startSubgraphServer({ ...options, trustedServices: new Map([["vms", vms.publicKey]]) });
    untrusting = await startSubgraphServer(options);
  });
  afterAll(() => Promise.all([server.close(), untrusting.close()]));

  const post = (url: string, headers: Record<string, string>) =>
    fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query: "{ whoAmI }" }),
    });

  it("serves the service's own requests without a caller, through its client", async () => {
    const client = createServiceClient({
      service: "vms",
      privateKey: vms.privateKey,
      targets: { probe: server.graphqlUrl },
    });
    expect(await client.request("probe", "{ whoAmI }")).toEqual({ data: { whoAmI: "vms/no caller" } });
  });

  it("still serves the gateway's requests, with service null", async () => {
    const caller = resellerUser(randomUUID(), []);
    const { body, headers } = await signed(gateway.privateKey, "probe", "{ whoAmI }", {
      caller,
      clientAddress: "127.0.0.1",
    });
    expect(await postGraphqlBody(server.graphqlUrl, body, headers)).toEqual({ data: { whoAmI: "gateway/reseller" } });
  });

  it("refuses with 401 a forged, misaddressed or replayed service token, two signatures, or an untrusting subgraph", async () => {
    const refused = async (url: string, headers: Record<string, string>) => {
      const response = await post(url, headers);
      const body = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
      expect(body.data).toBeUndefined();
      expect(body.errors[0]!.extensions.code).toBe("UNAUTHENTICATED");
      return response.status;
    };
    const header = (token: string) => ({ "x-dcx-service-token": token });
    expect(await refused(server.graphqlUrl, header(await signServiceToken(impostor.privateKey, "vms", "probe")))).toBe(
      401,
    );
    expect(await refused(server.graphqlUrl, header(await signServiceToken(vms.privateKey, "vms", "wallet")))).toBe(401);
    const once = await signServiceToken(vms.privateKey, "vms", "probe");
    expect((await post(server.graphqlUrl, header(once))).status).toBe(200);
    expect(await refused(server.graphqlUrl, header(once))).toBe(401);
    const both = {
      ...header(await signServiceToken(vms.privateKey, "vms", "probe")),
      ...(await signed(gateway.privateKey, "probe", "{ whoAmI }")).headers,
    };
    expect(await refused(server.graphqlUrl, both)).toBe(401);
    expect(await refused(untrusting.graphqlUrl, header(await signServiceToken(vms.privateKey, "vms", "probe")))).toBe(
      401,
    );
    // A service key is not the gateway's key.
    const posingAsGateway = await signed(vms.privateKey, "probe", "{ whoAmI }", {
      caller: resellerUser(randomUUID(), []),
      clientAddress: "x",
    });
    expect(await refused(server.graphqlUrl, posingAsGateway.headers)).toBe(401);
  });
});
