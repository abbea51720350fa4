import type { KeyObject } from "node:crypto";
import { readFileSync } from "node:fs";
import { ApolloGateway } from "@apollo/gateway";
import type { Logger } from "@dcx/kit";
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
  logger?: Logger,
): { gateway: ApolloGateway; subgraphUrls: () => Map<string, string> } {
  const supergraphSdl = readFileSync(config.supergraphPath, "utf8");
  const urls = new Map<string, string>();
  // Unless told not to, Apollo Gateway exports usage metrics to Apollo's servers and probes cloud
  // metadata addresses (169.254.169.254 …) when it is constructed. A provider's gateway sends
  // nothing out of its own network, so data collection is off before the gateway exists.
  process.env.APOLLO_TELEMETRY_DISABLED = "true";
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => {
      const resolved = resolveSubgraphUrl(config, name, url);
      if (resolved) urls.set(name, resolved);
      return new SigningDataSource(name, resolved, signingKey, logger);
    },
  });
  return { gateway, subgraphUrls: () => urls };
}
