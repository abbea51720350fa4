import path from "node:path";
import { parseEnv, port, repoRoot } from "@dcx/kit/config";
import { z } from "zod";
import { merchantsFromList } from "./merchant-list";
import { startPayGateSimulator } from "./paygate-simulator";
import { loadOrCreateSimulatorMerchant, simulatorMerchantFile } from "./simulator-merchant";

/** Starts the simulator as its variables say (PAYGATE_SIMULATOR_*, DATA_DIR): on its own or beside the others. */
export async function runPayGateSimulator(
  variables: Record<string, string | undefined>,
  log: (line: string) => void,
): Promise<{ close(): Promise<void> }> {
  const env = parseEnv(
    {
      PAYGATE_SIMULATOR_PORT: port(4010),
      PAYGATE_SIMULATOR_HOST: z.string().min(1).default("127.0.0.1"),
      PAYGATE_SIMULATOR_MERCHANTS: z.string().default(""),
      DATA_DIR: z.string().min(1).default(path.join(repoRoot, ".data")),
    },
    variables,
  );
  // This installation's merchant (made on first start), never PayGate's published test merchant.
  const merchant = loadOrCreateSimulatorMerchant(env.DATA_DIR);
  const simulator = await startPayGateSimulator({
    port: env.PAYGATE_SIMULATOR_PORT,
    host: env.PAYGATE_SIMULATOR_HOST,
    merchants: [merchant, ...merchantsFromList(env.PAYGATE_SIMULATOR_MERCHANTS)],
    onNotifyAttempt: (attempt) =>
      log(
        `notify ${attempt.payRequestId} attempt ${attempt.attempt}: ${attempt.outcome}` +
          (attempt.status ? ` (HTTP ${attempt.status})` : attempt.error ? ` (${attempt.error})` : ""),
      ),
  });
  log(
    `PayGate PayWeb3 simulator ready at ${simulator.url}; merchant ${merchant.paygateId} ` +
      `(key in ${simulatorMerchantFile(env.DATA_DIR)})`,
  );
  return simulator;
}
