import path from "node:path";
import { parseEnv, port, repoRoot } from "@dcx/kit";
import { z } from "zod";
import { merchantsFromList } from "./merchant-list";
import { startPayGateSimulator } from "./paygate-simulator";
import { loadOrCreateSimulatorMerchant, simulatorMerchantFile } from "./simulator-merchant";

const env = parseEnv({
  PAYGATE_SIMULATOR_PORT: port(4010),
  PAYGATE_SIMULATOR_HOST: z.string().min(1).default("127.0.0.1"),
  PAYGATE_SIMULATOR_MERCHANTS: z.string().default(""),
  DATA_DIR: z.string().min(1).default(path.join(repoRoot, ".data")),
});

// This installation's merchant (made on first start), never PayGate's published test merchant.
const merchant = loadOrCreateSimulatorMerchant(env.DATA_DIR);
const simulator = await startPayGateSimulator({
  port: env.PAYGATE_SIMULATOR_PORT,
  host: env.PAYGATE_SIMULATOR_HOST,
  merchants: [merchant, ...merchantsFromList(env.PAYGATE_SIMULATOR_MERCHANTS)],
  onNotifyAttempt: (attempt) =>
    console.log(
      `notify ${attempt.payRequestId} attempt ${attempt.attempt}: ${attempt.outcome}` +
        (attempt.status ? ` (HTTP ${attempt.status})` : attempt.error ? ` (${attempt.error})` : ""),
    ),
});
console.log(
  `PayGate PayWeb3 simulator ready at ${simulator.url}; merchant ${merchant.paygateId} ` +
    `(key in ${simulatorMerchantFile(env.DATA_DIR)})`,
);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void simulator.close().then(() => process.exit(0)));
}
