import type { KeyObject } from "node:crypto";
import { readFileSync } from "node:fs";
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { FetcherResponse } from "@apollo/utils.fetcher";
import { GraphQLError } from "graphql";
import { GATEWAY_TOKEN_HEADER, loadGatewaySigningKey, signGatewayToken } from "@dcx/kit";
import type { GatewayConfig } from "./config";

export interface GatewayContext {
  /** The caller's Authorization header, forwarded untouched to every subgraph. */
  authorization?: string;
}

class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly subgraphName: string,
    url: string | undefined,
    private readonly signingKey: KeyObject,
  ) {
    super({ url });
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

  /** Signs every request for this subgraph and forwards the caller's Authorization header. */
  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    request.http?.headers.set(GATEWAY_TOKEN_HEADER, await signGatewayToken(this.signingKey, this.subgraphName));
    if ("authorization" in context && context.authorization) {
      request.http?.headers.set("authorization", context.authorization);
    }
  }
}

/** A subgraph's URL: the configured override, else the one composed into the supergraph. */
export function resolveSubgraphUrl(config: Pick<GatewayConfig, "subgraphUrls">, name: string, composedUrl?: string) {
  return config.subgraphUrls[name] ?? composedUrl;
}

/**
 * The gateway runs from the committed, static supergraph file: no composition at start-up.
 * `signingKey` defaults to the configured key file (or the development key outside production).
 */
export function createGateway(
  config: GatewayConfig,
  signingKey: KeyObject = loadGatewaySigningKey({
    signingKeyFile: config.signingKeyFile,
    dataDir: config.dataDir,
    production: config.production,
  }),
): { gateway: ApolloGateway; subgraphUrls: () => Map<string, string> } {
  const supergraphSdl = readFileSync(config.supergraphPath, "utf8");
  const urls = new Map<string, string>();
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => {
      const resolved = resolveSubgraphUrl(config, name, url);
      if (resolved) urls.set(name, resolved);
      return new ForwardingDataSource(name, resolved, signingKey);
    },
  });
  return { gateway, subgraphUrls: () => urls };
}
