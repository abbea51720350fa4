import { generateKeyPairSync, type KeyObject } from "node:crypto";
import type { Caller } from "../caller/caller";
import { GATEWAY_TOKEN_HEADER, signGatewayToken } from "../gateway-trust/gateway-token";
import { type GraphQLResponse, graphqlBody, postGraphqlBody } from "./graphql-request";

export interface TestGatewayKeys {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /**
   * Headers that make a POST of exactly `body` look as if the gateway sent it to `subgraph` for
   * `caller`. A token is bound to its body and accepted once: sign each request afresh.
   */
  headersFor(subgraph: string, caller: Caller | null, body: string): Promise<Record<string, string>>;
  /** Sends one operation to a subgraph's /graphql, signed as the gateway would sign it. */
  request<TData = Record<string, unknown>>(
    url: string,
    subgraph: string,
    query: string,
    variables?: Record<string, unknown>,
    caller?: Caller | null,
  ): Promise<GraphQLResponse<TData>>;
}

export function testGatewayKeys(): TestGatewayKeys {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const headersFor: TestGatewayKeys["headersFor"] = async (subgraph, caller, body) => ({
    [GATEWAY_TOKEN_HEADER]: await signGatewayToken(
      privateKey,
      subgraph,
      { method: "POST", body },
      { caller, clientAddress: "127.0.0.1" },
    ),
  });
  return {
    privateKey,
    publicKey,
    headersFor,
    request: async (url, subgraph, query, variables = {}, caller = null) => {
      const body = graphqlBody(query, variables);
      return postGraphqlBody(url, body, await headersFor(subgraph, caller, body));
    },
  };
}
