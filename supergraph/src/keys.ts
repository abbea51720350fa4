import type { KeyObject } from "node:crypto";
import { GATEWAY_KEY, loadPrivateKey, loadPublicKey, SESSION_KEY } from "@dcx/kit";
import type { GatewayConfig } from "./config";

export interface GatewayKeys {
  /** Signs every request to a subgraph. */
  signingKey: KeyObject;
  /** Verifies the access tokens tenancy issues. */
  sessionPublicKey: KeyObject;
}

export function loadGatewayKeys(config: GatewayConfig): GatewayKeys {
  const common = { dataDir: config.dataDir, production: config.production };
  return {
    signingKey: loadPrivateKey({ key: GATEWAY_KEY, file: config.signingKeyFile, ...common }),
    sessionPublicKey: loadPublicKey({ key: SESSION_KEY, file: config.sessionPublicKeyFile, ...common }),
  };
}
