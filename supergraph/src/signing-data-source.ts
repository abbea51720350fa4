import type { KeyObject } from "node:crypto";
import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from "@apollo/gateway";
import type { FetcherResponse } from "@apollo/utils.fetcher";
import { GATEWAY_TOKEN_HEADER, type RequestIdentity, signGatewayToken } from "@dcx/kit";
import { GraphQLError } from "graphql";

export interface GatewayContext {
  /** Who is calling, established once by the gateway; null before sign-in. */
  identity: RequestIdentity;
}

/**
 * Sends the gateway's plan steps to one subgraph, each signed for that subgraph with the caller's
 * identity. The caller's own credentials never travel past the gateway.
 */
export class SigningDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly subgraphName: string,
    url: string | undefined,
    private readonly signingKey: KeyObject,
  ) {
    super({ url });
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const identity = "identity" in context ? context.identity : { caller: null, clientAddress: "unknown" };
    request.http?.headers.set(
      GATEWAY_TOKEN_HEADER,
      await signGatewayToken(this.signingKey, this.subgraphName, identity),
    );
  }

  /**
   * A subgraph that cannot be reached or answers with an HTTP error becomes one clear error on
   * the fields it serves. The raw reason (with internal addresses) goes to the log, not the client.
   */
  override didEncounterError(error: Error, _request: unknown, response?: FetcherResponse): void {
    console.error(`subgraph ${this.subgraphName} failed: ${error.message}`);
    throw new GraphQLError(`The ${this.subgraphName} service is unavailable`, {
      extensions: { code: "SUBGRAPH_UNAVAILABLE", service: this.subgraphName, status: response?.status },
    });
  }
}
