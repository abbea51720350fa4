/** Where each subgraph listens unless `<SUBGRAPH>_PORT` says otherwise (its definition's `defaultPort`). */
export const DEFAULT_SUBGRAPH_PORTS = {
  tenancy: 4001,
  wallet: 4002,
  catalog: 4003,
  vms: 4004,
  "telemetry-billing": 4005,
} as const;

/**
 * A subgraph's GraphQL URL on `host`. A wildcard bind address (0.0.0.0, ::) is where a service
 * listens, not an address to call, so the gateway calls this machine's loopback instead.
 */
export function subgraphUrl(host: string, port: number): string {
  const callable = host === "0.0.0.0" || host === "" ? "127.0.0.1" : host === "::" ? "::1" : host;
  return `http://${callable.includes(":") ? `[${callable}]` : callable}:${port}/graphql`;
}

/**
 * The URL the composed supergraph records for each subgraph (where `npm start` serves it with
 * the default ports). The gateway calls the URL its configuration derives instead (see config.ts).
 */
export const defaultSubgraphUrl = (_name: string, port: number) => subgraphUrl("127.0.0.1", port);
