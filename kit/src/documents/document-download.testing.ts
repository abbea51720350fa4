import type { KeyObject } from "node:crypto";
import type { Caller } from "../caller/caller";
import { GATEWAY_TOKEN_HEADER, signGatewayToken } from "../gateway-trust/gateway-token";
import { signedGetRequest } from "../server/document-route";

/** A gateway token for GET `pathAndQuery` at `subgraph`, as the gateway signs a document download. */
export const documentToken = (privateKey: KeyObject, subgraph: string, pathAndQuery: string, caller: Caller | null) =>
  signGatewayToken(privateKey, subgraph, signedGetRequest(pathAndQuery), { caller, clientAddress: "127.0.0.1" });

/**
 * GETs `pathAndQuery` (e.g. `/documents/quotes/vm-estimate.pdf?input=…`) from a subgraph at
 * `baseUrl`, signed as the gateway would for `caller`, or with the `token` given.
 */
export async function getSignedDocument(
  baseUrl: string,
  pathAndQuery: string,
  signing: { privateKey: KeyObject; subgraph: string; caller: Caller | null } | { token: string },
): Promise<Response> {
  const token =
    "token" in signing
      ? signing.token
      : await documentToken(signing.privateKey, signing.subgraph, pathAndQuery, signing.caller);
  return fetch(`${baseUrl}${pathAndQuery}`, { headers: { [GATEWAY_TOKEN_HEADER]: token } });
}
