import { generateKeyPairSync, type KeyObject } from "node:crypto";
import type { Caller } from "../caller/caller";
import { GATEWAY_TOKEN_HEADER, signGatewayToken } from "../gateway-trust/gateway-token";

export interface TestGatewayKeys {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** Headers that make a request look as if the gateway sent it to `subgraph` for `caller`. */
  headersFor(subgraph: string, caller?: Caller | null): Promise<Record<string, string>>;
}

export function testGatewayKeys(): TestGatewayKeys {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  return {
    privateKey,
    publicKey,
    headersFor: async (subgraph, caller = null) => ({
      [GATEWAY_TOKEN_HEADER]: await signGatewayToken(privateKey, subgraph, { caller, clientAddress: "127.0.0.1" }),
    }),
  };
}
