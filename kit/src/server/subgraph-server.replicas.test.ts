import { generateKeyPairSync } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildFederatedSchema } from "../schema/build-subgraph-schema";
import { signServiceToken } from "../service-trust/service-token";
import { openSharedState, type SharedState } from "../shared-state/shared-state";
import { postGraphqlBody } from "../testing/graphql-request";
import { describeWithRedis } from "../testing/test-redis";
import { SecretResolver, signed } from "./probe-subgraph.testing";
import { type RunningSubgraph, startSubgraphServer, type VerifiedIdentity } from "./subgraph-server";

/**
 * Two replicas of one subgraph, each with its own connection to the same Redis, as REDIS_URL gives
 * them: a token one replica accepted is refused by the other, whether the gateway's or a service's.
 */
await describeWithRedis("two replicas of a subgraph sharing Redis", (url) => {
  const gateway = generateKeyPairSync("ed25519");
  const vms = generateKeyPairSync("ed25519");
  const replicas: { server: RunningSubgraph; shared: SharedState }[] = [];
  beforeAll(async () => {
    const schema = await buildFederatedSchema({ resolvers: [SecretResolver] });
    for (let i = 0; i < 2; i += 1) {
      const shared = await openSharedState(url);
      const server = await startSubgraphServer({
        name: "probe",
        schema,
        context: (identity: VerifiedIdentity) => ({ identity }),
        ready: async () => {},
        port: 0,
        host: "127.0.0.1",
        production: false,
        gatewayPublicKey: gateway.publicKey,
        trustedServices: new Map([["vms", vms.publicKey]]),
        usedIds: shared.usedIds,
      });
      replicas.push({ server, shared });
    }
  });
  afterAll(async () => {
    for (const { server, shared } of replicas) await Promise.all([server.close(), shared.close()]);
  });
  const post = (replica: number, body: string, headers: Record<string, string>) =>
    fetch(replicas[replica]!.server.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
    });

  it("refuses on the second replica a gateway token the first accepted, with its very request", async () => {
    const { body, headers } = await signed(gateway.privateKey, "probe", "{ secret { id } }");
    expect(await postGraphqlBody(replicas[0]!.server.graphqlUrl, body, headers)).toEqual({
      data: { secret: { id: "s-1" } },
    });
    const replayed = await post(1, body, headers);
    expect(replayed.status).toBe(401);
    expect(await replayed.json()).toMatchObject({ errors: [{ extensions: { reason: "token already used" } }] });
  });

  it("refuses on the first replica a service token the second accepted", async () => {
    const token = { "x-dcx-service-token": await signServiceToken(vms.privateKey, "vms", "probe") };
    const body = JSON.stringify({ query: "{ whoAmI }" });
    expect(await (await post(1, body, token)).json()).toEqual({ data: { whoAmI: "vms/no caller" } });
    const replayed = await post(0, body, token);
    expect(replayed.status).toBe(401);
    expect(await replayed.json()).toMatchObject({ errors: [{ extensions: { reason: "token already used" } }] });
  });
});
