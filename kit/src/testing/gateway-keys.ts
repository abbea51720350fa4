import { generateKeyPairSync, type KeyObject } from "node:crypto";
import { signGatewayToken } from "../gateway-trust/gateway-token";

export interface TestGatewayKeys {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** Headers that make a request look as if the gateway sent it to `subgraph`. */
  headersFor(subgraph: string): Promise<Record<string, string>>;
}

export function testGatewayKeys(): TestGatewayKeys {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  return {
    privateKey,
    publicKey,
    headersFor: async (subgraph) => ({ "x-dcx-gateway-token": await signGatewayToken(privateKey, subgraph) }),
  };
}
