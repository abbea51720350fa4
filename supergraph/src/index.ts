export { loadGatewayConfig, SUBGRAPH_NAMES, type GatewayConfig } from "./config";
export { startGateway, type RunningGateway } from "./server";
