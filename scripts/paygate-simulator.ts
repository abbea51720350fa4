// The merchant file alone: the package's index loads the whole simulator, which the launcher does not run.
import { loadOrCreateSimulatorMerchant } from "@dcx/paygate-simulator/merchant";
import type { SimulatorPlan } from "./launch-simulators";

export interface PayGateSimulatorPlan extends SimulatorPlan {
  /** What the wallet needs to use it: PAYGATE_URL, PAYGATE_ID, PAYGATE_ENCRYPTION_KEY. */
  walletEnv: Record<string, string>;
}

/**
 * The local PayGate PayWeb3 simulator (simulators/paygate) for development card top-ups, with
 * this installation's own merchant (made once under DATA_DIR/keys, never PayGate's published
 * test merchant), and what the wallet needs to use it.
 */
export function planPayGateSimulator(settings: { port: number; dataDir: string }): PayGateSimulatorPlan {
  // Made here first, so the simulator and the wallet read the same file.
  const merchant = loadOrCreateSimulatorMerchant(settings.dataDir);
  const url = `http://127.0.0.1:${settings.port}`;
  return {
    name: "paygate",
    url,
    healthUrl: `${url}/health`,
    env: { PAYGATE_SIMULATOR_PORT: String(settings.port), DATA_DIR: settings.dataDir },
    walletEnv: { PAYGATE_URL: url, PAYGATE_ID: merchant.paygateId, PAYGATE_ENCRYPTION_KEY: merchant.encryptionKey },
  };
}
