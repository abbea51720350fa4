// The client file alone: the package's index loads the whole provider, which the launcher does not run.
import { loadOrCreateSimulatorClient } from "@dcx/oidc-simulator/client";
import type { SimulatorPlan } from "./launch-simulators";

/**
 * The local OpenID Connect provider (simulators/oidc) for development single sign-on, with this
 * installation's client (made once under DATA_DIR/keys). Its redirect, post-logout and
 * back-channel URLs follow this start's ports, so a changed WEB_PORT or TENANCY_PORT stays right.
 */
export function planOidcSimulator(settings: {
  port: number;
  dataDir: string;
  webUrl: string;
  backChannelLogoutUrl: string;
}): SimulatorPlan {
  // Made here first, so the simulator and the demo configuration read the same file.
  loadOrCreateSimulatorClient(settings.dataDir);
  const url = `http://127.0.0.1:${settings.port}`;
  return {
    name: "oidc",
    url,
    healthUrl: `${url}/health`,
    env: {
      OIDC_SIMULATOR_PORT: String(settings.port),
      DATA_DIR: settings.dataDir,
      WEB_URL: settings.webUrl,
      OIDC_BACKCHANNEL_LOGOUT_URL: settings.backChannelLogoutUrl,
    },
  };
}
