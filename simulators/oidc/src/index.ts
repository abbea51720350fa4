export { DEMO_ACCOUNTS, DEMO_PASSWORD, type IdpAccount } from "./demo-accounts";
export {
  type BackchannelDelivery,
  type OidcSimulator,
  type OidcSimulatorOptions,
  type RegisteredClient,
  startOidcSimulator,
} from "./oidc-simulator";
export { loadOrCreateSimulatorClient, type SimulatorClient, simulatorClientFile } from "./simulator-client";
export { runOidcSimulator } from "./run";
