import type { KeyObject } from "node:crypto";
import { readFileSync } from "node:fs";
import { ApolloGateway } from "@apollo/gateway";
import type { GatewayConfig } from "./config";
import { SigningDataSource } from "./signing-data-source";

/** A subgraph's URL: the configured override, else the one composed into the supergraph. */
export function resolveSubgraphUrl(config: Pick<GatewayConfig, "subgraphUrls">, name: string, composedUrl?: string) {
  return config.subgraphUrls[name] ?? composedUrl;
}

/** The gateway runs from the committed, static supergraph file: no composition at start-up. */
export function createGateway(
  config: GatewayConfig,
  signingKey: KeyObject,
): { gateway: ApolloGateway; subgraphUrls: () => Map<string, string> } {
  const supergraphSdl = readFileSync(config.supergraphPath, "utf8");
  const urls = new Map<string, string>();
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => {
      const resolved = resolveSubgraphUrl(config, name, url);
      if (resolved) urls.set(name, resolved);
      return new SigningDataSource(name, resolved, signingKey);
    },
  });
  return { gateway, subgraphUrls: () => urls };
}
