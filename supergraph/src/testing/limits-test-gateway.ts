import { generateKeyPairSync } from "node:crypto";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { composeServices } from "@apollo/composition";
import { graphqlRequest } from "@dcx/kit/testing";
import { parse } from "graphql";
import { loadGatewayConfig } from "../config";
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from "../limits/limits-config";
import { type RunningGateway, startGateway } from "../server";
import { ECHO_SDL, type EchoCallers, startEchoSubgraph } from "./echo-subgraph";
import { PROBE_SDL, type ProbeSubgraph, startProbeSubgraph } from "./probe-subgraph";

export interface LimitsTestGateway {
  gateway: RunningGateway;
  probe: ProbeSubgraph;
  /** What the gateway logged about masked errors. */
  errorLog: Record<string, unknown>[];
  /** An API key's Authorization header for a customer tenant called `name` (registered on first use). */
  tenant(name: string): Record<string, string>;
  query(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): ReturnType<typeof graphqlRequest>;
  /** The raw HTTP answer, for status codes and headers. */
  post(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

/**
 * A real gateway over two real subgraphs — the echo "tenancy" (callers, API keys) and the
 * "probe" — with the limits given (the rest at their defaults), in the mode `env` describes.
 */
export async function startLimitsTestGateway(
  limits: Partial<QueryLimits> = {},
  env: Record<string, string> = {},
): Promise<LimitsTestGateway> {
  const gatewayKeys = generateKeyPairSync("ed25519");
  const sessionKeys = generateKeyPairSync("ed25519");
  const callers: EchoCallers = { sessions: new Map(), apiKeys: new Map(), lookups: 0 };
  const echo = await startEchoSubgraph(gatewayKeys.publicKey, callers);
  const probe = await startProbeSubgraph();
  const composed = composeServices([
    { name: "tenancy", url: `${echo.url}/graphql`, typeDefs: parse(ECHO_SDL) },
    { name: "probe", url: `${probe.url}/graphql`, typeDefs: parse(PROBE_SDL) },
  ]);
  if (!composed.supergraphSdl) throw new Error(String(composed.errors));
  const SUPERGRAPH_PATH = path.join(await mkdtemp(path.join(tmpdir(), "dcx-limits-")), "supergraph.graphql");
  await writeFile(SUPERGRAPH_PATH, composed.supergraphSdl);
  const errorLog: Record<string, unknown>[] = [];
  const gateway = await startGateway(
    loadGatewayConfig({
      GATEWAY_PORT: "0",
      NODE_ENV: "development",
      SUPERGRAPH_PATH,
      TENANCY_URL: `${echo.url}/graphql`,
      ...env,
    }),
    { signingKey: gatewayKeys.privateKey, sessionPublicKey: sessionKeys.publicKey },
    { limits: { ...DEFAULT_QUERY_LIMITS, ...limits }, errorLog: (entry) => errorLog.push(entry) },
  );
  const tenant = (name: string) => {
    const secret = `dcx_key_${name.padEnd(32, "0")}`;
    callers.apiKeys.set(secret, {
      kind: "api_key",
      id: `key-${name}`,
      organizationId: `org-${name}`,
      organizationKind: "customer",
      role: "admin",
      readOnly: true,
      allOrganizations: false,
      visibleOrganizationIds: [`org-${name}`],
    });
    return { authorization: `Bearer ${secret}` };
  };
  const post = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    fetch(gateway.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query, variables }),
    });
  return {
    gateway,
    probe,
    errorLog,
    tenant,
    post,
    query: (query, variables, headers) => graphqlRequest(gateway.graphqlUrl, query, variables, headers),
    close: async () => {
      await gateway.close();
      await probe.close();
      await echo.close();
    },
  };
}
