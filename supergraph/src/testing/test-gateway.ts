import { generateKeyPairSync, type KeyObject } from "node:crypto";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { composeServices } from "@apollo/composition";
import type { RunningHttpServer } from "@dcx/kit";
import { parse } from "graphql";
import { loadGatewayConfig } from "../config";
import { type RunningGateway, startGateway } from "../server";
import { ECHO_SDL, type EchoCallers, startEchoSubgraph } from "./echo-subgraph";

type KeyPair = { privateKey: KeyObject; publicKey: KeyObject };

export interface TestGateway {
  gateway: RunningGateway;
  echo: RunningHttpServer;
  callers: EchoCallers;
  gatewayKeys: KeyPair;
  sessionKeys: KeyPair;
  close(): Promise<void>;
}

/** A real gateway over the echo subgraph, with its own keys, in the mode `env` describes. */
export async function startTestGateway(env: Record<string, string> = {}): Promise<TestGateway> {
  const gatewayKeys = generateKeyPairSync("ed25519");
  const sessionKeys = generateKeyPairSync("ed25519");
  const callers: EchoCallers = { sessions: new Map(), apiKeys: new Map(), lookups: 0 };
  const echo = await startEchoSubgraph(gatewayKeys.publicKey, callers);
  const composed = composeServices([{ name: "tenancy", url: `${echo.url}/graphql`, typeDefs: parse(ECHO_SDL) }]);
  if (!composed.supergraphSdl) throw new Error(String(composed.errors));
  const SUPERGRAPH_PATH = path.join(await mkdtemp(path.join(tmpdir(), "dcx-gateway-")), "supergraph.graphql");
  await writeFile(SUPERGRAPH_PATH, composed.supergraphSdl);
  const gateway = await startGateway(
    loadGatewayConfig({
      GATEWAY_PORT: "0",
      NODE_ENV: "development",
      SUPERGRAPH_PATH,
      TENANCY_URL: `${echo.url}/graphql`,
      ...env,
    }),
    { signingKey: gatewayKeys.privateKey, sessionPublicKey: sessionKeys.publicKey },
  );
  return {
    gateway,
    echo,
    callers,
    gatewayKeys,
    sessionKeys,
    close: async () => {
      await gateway.close();
      await echo.close();
    },
  };
}
