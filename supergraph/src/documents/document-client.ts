import type { KeyObject } from "node:crypto";
import {
  currentRequest,
  GATEWAY_TOKEN_HEADER,
  type GatewayIdentity,
  REQUEST_ID_HEADER,
  signedGetRequest,
  signGatewayToken,
  withTraceHeaders,
} from "@dcx/kit";
import { Agent, fetch, type Response } from "undici";
import { InFlightLimit } from "../in-flight-limit";

/**
 * Documents fetched from one subgraph at once. Rendering a long invoice takes a subgraph seconds
 * of CPU: a few at a time keep its GraphQL answers flowing, and the rest wait here, unsigned,
 * so their tokens do not age in a queue. Their own pool, so a download never holds a connection
 * a plan step is waiting for.
 */
export const DOCUMENTS_PER_SUBGRAPH = 4;

const documentAgent = new Agent({ connections: DOCUMENTS_PER_SUBGRAPH, pipelining: 1, keepAliveTimeout: 30_000 });

export interface DocumentClient {
  /** GETs `target` from `subgraph`, signed for exactly its path and query, as `identity`. */
  get(subgraph: string, target: URL, identity: GatewayIdentity, signal: AbortSignal): Promise<Response>;
}

export function createDocumentClient(signingKey: KeyObject): DocumentClient {
  const limits = new Map<string, InFlightLimit>();
  const limitOf = (subgraph: string) => {
    let limit = limits.get(subgraph);
    if (!limit) limits.set(subgraph, (limit = new InFlightLimit(DOCUMENTS_PER_SUBGRAPH)));
    return limit;
  };
  return {
    get: (subgraph, target, identity, signal) =>
      limitOf(subgraph).run(async () => {
        const requestId = currentRequest()?.requestId;
        const token = await signGatewayToken(
          signingKey,
          subgraph,
          signedGetRequest(`${target.pathname}${target.search}`),
          identity,
        );
        // The slot is held until the answer's headers arrive: by then the subgraph has rendered it.
        return fetch(target, {
          headers: withTraceHeaders({
            ...(requestId ? { [REQUEST_ID_HEADER]: requestId } : {}),
            [GATEWAY_TOKEN_HEADER]: token,
          }),
          signal,
          dispatcher: documentAgent,
        });
      }),
  };
}
