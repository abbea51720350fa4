import type { Merchant } from "./initiate-validation";
import { PAYGATE_TEST_MERCHANT } from "./protocol";

/**
 * `PAYGATE_SIMULATOR_MERCHANTS="10011072131:key1,10011072132:key2"`: more merchants beside this
 * installation's. PayGate's published test merchant is refused here too: the running simulator
 * never accepts a key that anyone can read in PayGate's documentation.
 */
export function merchantsFromList(value: string): Merchant[] {
  return value
    .split(",")
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair, index) => {
      const separator = pair.indexOf(":");
      const paygateId = pair.slice(0, Math.max(separator, 0));
      const encryptionKey = pair.slice(separator + 1);
      if (separator <= 0 || !/^\d{11}$/.test(paygateId) || !encryptionKey) {
        throw new Error(`PAYGATE_SIMULATOR_MERCHANTS: entry ${index + 1} is not "<11 digits>:<key>"`);
      }
      if (paygateId === PAYGATE_TEST_MERCHANT.paygateId || encryptionKey === PAYGATE_TEST_MERCHANT.encryptionKey) {
        throw new Error("PAYGATE_SIMULATOR_MERCHANTS: PayGate's published test merchant is not accepted");
      }
      return { paygateId, encryptionKey };
    });
}
