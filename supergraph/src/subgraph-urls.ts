/**
 * The URL the composed supergraph records for each subgraph (where `npm start` serves it).
 * Deployments override it with `<SUBGRAPH>_URL`, e.g. `TELEMETRY_BILLING_URL`.
 */
export const defaultSubgraphUrl = (name: string, port: number) => `http://127.0.0.1:${port}/graphql`;
