export { loadGatewayConfig, SUBGRAPH_NAMES, type GatewayConfig } from "./config";
export { startGateway, type GatewayOptions, type RunningGateway } from "./server";
export { DEFAULT_QUERY_LIMITS, loadQueryLimits, type QueryLimits } from "./limits/limits-config";
