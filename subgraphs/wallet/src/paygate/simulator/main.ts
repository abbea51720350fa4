import { TEST_MERCHANT, type Merchant } from "./initiate-validation";
import { startPayGateSimulator } from "./paygate-simulator";

/** `PAYGATE_SIMULATOR_MERCHANTS="10011072131:key1,10011072132:key2"` adds merchants to PayGate's test merchant. */
function merchantsFromEnv(value = ""): Merchant[] {
  const extra = value
    .split(",")
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair) => {
      const separator = pair.indexOf(":");
      if (separator <= 0) throw new Error(`PAYGATE_SIMULATOR_MERCHANTS: expected "paygateId:key", got "${pair}"`);
      return { paygateId: pair.slice(0, separator), encryptionKey: pair.slice(separator + 1) };
    });
  return [TEST_MERCHANT, ...extra];
}

const simulator = await startPayGateSimulator({
  port: Number(process.env.PAYGATE_SIMULATOR_PORT ?? 4010),
  host: process.env.PAYGATE_SIMULATOR_HOST ?? "127.0.0.1",
  merchants: merchantsFromEnv(process.env.PAYGATE_SIMULATOR_MERCHANTS),
  onNotifyAttempt: (attempt) =>
    console.log(
      `notify ${attempt.payRequestId} attempt ${attempt.attempt}: ${attempt.outcome}` +
        (attempt.status ? ` (HTTP ${attempt.status})` : attempt.error ? ` (${attempt.error})` : ""),
    ),
});
console.log(`PayGate PayWeb3 simulator ready at ${simulator.url}`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void simulator.close().then(() => process.exit(0)));
}
