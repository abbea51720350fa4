import { loadOrCreateSimulatorMerchant } from "@dcx/paygate-simulator";
import type { ServiceEntry } from "./build/service-entries";
import type { ManagedProcess } from "./processes";

export interface RunningPayGateSimulator {
  service: ManagedProcess;
  /** Where the wallet sends payments and the browser pays. */
  url: string;
  /** What the wallet needs to use it: PAYGATE_URL, PAYGATE_ID, PAYGATE_ENCRYPTION_KEY. */
  walletEnv: Record<string, string>;
}

/**
 * Starts the local PayGate PayWeb3 simulator (simulators/paygate) for development card top-ups,
 * with this installation's own merchant (made once under DATA_DIR/keys, never PayGate's published
 * test merchant), and tells the wallet that merchant. Everything the pair needs is set here.
 */
export function startPayGateSimulator(
  entry: ServiceEntry,
  env: NodeJS.ProcessEnv,
  settings: { port: number; dataDir: string },
  launch: (entry: ServiceEntry, env: NodeJS.ProcessEnv) => ManagedProcess,
): RunningPayGateSimulator {
  // Made here first, so the simulator and the wallet read the same file.
  const merchant = loadOrCreateSimulatorMerchant(settings.dataDir);
  const service = launch(entry, { ...env, PAYGATE_SIMULATOR_PORT: String(settings.port), DATA_DIR: settings.dataDir });
  const url = `http://127.0.0.1:${settings.port}`;
  return {
    service,
    url,
    walletEnv: { PAYGATE_URL: url, PAYGATE_ID: merchant.paygateId, PAYGATE_ENCRYPTION_KEY: merchant.encryptionKey },
  };
}
