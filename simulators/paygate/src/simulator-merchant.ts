import { randomBytes, randomInt } from "node:crypto";
import { chmodSync, existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { createFileOnce } from "@dcx/kit/config";
import type { Merchant } from "./initiate-validation";
import { PAYGATE_TEST_MERCHANT } from "./protocol";

/**
 * The development simulator's merchant: a PayGate id and encryption key made once per
 * installation, never PayGate's published test merchant (anyone can sign with that one). The
 * simulator and the wallet both read it from `DATA_DIR/keys/paygate-simulator.json`; the file is
 * readable by its owner only.
 */
export const simulatorMerchantFile = (dataDir: string) => path.join(dataDir, "keys", "paygate-simulator.json");

export function loadOrCreateSimulatorMerchant(dataDir: string): Merchant {
  const file = simulatorMerchantFile(dataDir);
  if (!existsSync(file)) create(file);
  // An older or hand-made file may be readable by others: the key is a secret.
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  return parse(readFileSync(file, "utf8"), file);
}

/** A fresh merchant: 11 digits like PayGate's ids, and a 128-bit key. */
export function newSimulatorMerchant(): Merchant {
  let paygateId: string;
  do {
    paygateId = String(randomInt(1, 10)) + Array.from({ length: 10 }, () => randomInt(10)).join("");
  } while (paygateId === PAYGATE_TEST_MERCHANT.paygateId);
  return { paygateId, encryptionKey: randomBytes(16).toString("hex") };
}

/**
 * Written to a draft and hard-linked into place, which fails if the file exists: processes that
 * start together (the start script, the simulator) agree on one complete merchant.
 */
function create(file: string): void {
  const { paygateId, encryptionKey } = newSimulatorMerchant();
  createFileOnce(file, () => `${JSON.stringify({ paygateId, encryptionKey }, null, 2)}\n`, { dirMode: 0o700 });
}

function parse(text: string, file: string): Merchant {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = null;
  }
  const { paygateId, encryptionKey } = (value ?? {}) as Record<string, unknown>;
  const valid =
    typeof paygateId === "string" &&
    /^\d{11}$/.test(paygateId) &&
    paygateId !== PAYGATE_TEST_MERCHANT.paygateId &&
    typeof encryptionKey === "string" &&
    encryptionKey.length >= 16 &&
    encryptionKey !== PAYGATE_TEST_MERCHANT.encryptionKey;
  if (!valid) {
    // Never replaced silently: a wallet may be configured with it. Deleting it makes a new one.
    throw new Error(
      `${file} is not a simulator merchant ({"paygateId": 11 digits, "encryptionKey": 16+ characters}, ` +
        "not PayGate's test merchant); delete it to make a new one",
    );
  }
  return { paygateId, encryptionKey };
}
