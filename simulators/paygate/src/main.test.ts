import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAYGATE_TEST_MERCHANT } from "./protocol";
import { initiate } from "./simulator-test-helpers";
import { loadOrCreateSimulatorMerchant, simulatorMerchantFile } from "./simulator-merchant";

const MAIN = path.join(path.dirname(fileURLToPath(import.meta.url)), "main.ts");
const dataDir = mkdtempSync(path.join(tmpdir(), "dcx-paygate-main-"));
let child: ChildProcess;
let url: string;

beforeAll(async () => {
  child = spawn(process.execPath, ["--import", "tsx", MAIN], {
    env: { ...process.env, DATA_DIR: dataDir, PAYGATE_SIMULATOR_PORT: "0", PAYGATE_SIMULATOR_MERCHANTS: "" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  url = await new Promise<string>((resolve, reject) => {
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /ready at (http:\/\/\S+);/.exec(output);
      if (ready) resolve(ready[1]!);
    });
    child.once("exit", (code) => reject(new Error(`simulator exited with ${code}: ${output}`)));
  });
}, 120_000);

afterAll(() => {
  child?.kill("SIGTERM");
});

describe("the simulator's entry point", () => {
  it("makes this installation's merchant, owner-readable, and accepts it", async () => {
    expect(statSync(simulatorMerchantFile(dataDir)).mode & 0o777).toBe(0o600);
    const merchant = loadOrCreateSimulatorMerchant(dataDir);
    const simulator = { endpoints: { initiate: `${url}/payweb3/initiate.trans` } };
    const answer = await initiate(simulator, { PAYGATE_ID: merchant.paygateId }, merchant.encryptionKey);
    expect(answer.PAY_REQUEST_ID).toMatch(/^[0-9A-F-]{36}$/);
  });

  it("refuses PayGate's published test merchant", async () => {
    const simulator = { endpoints: { initiate: `${url}/payweb3/initiate.trans` } };
    const answer = await initiate(simulator, { PAYGATE_ID: PAYGATE_TEST_MERCHANT.paygateId }, "secret");
    expect(answer).toEqual({ ERROR: "PGID_NOT_EN" });
  });
});
