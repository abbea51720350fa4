import { chmodSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { merchantsFromList } from "./merchant-list";
import { PAYGATE_TEST_MERCHANT } from "./protocol";
import { loadOrCreateSimulatorMerchant, newSimulatorMerchant, simulatorMerchantFile } from "./simulator-merchant";

const freshDir = () => mkdtempSync(path.join(tmpdir(), "dcx-paygate-"));

describe("the installation's simulator merchant", () => {
  it("is made once, then read back the same by every caller", () => {
    const dataDir = freshDir();
    const first = loadOrCreateSimulatorMerchant(dataDir);
    expect(first.paygateId).toMatch(/^[1-9]\d{10}$/);
    expect(first.encryptionKey).toMatch(/^[0-9a-f]{32}$/);
    expect(loadOrCreateSimulatorMerchant(dataDir)).toEqual(first);
    expect(JSON.parse(readFileSync(simulatorMerchantFile(dataDir), "utf8"))).toEqual(first);
  });

  it("is never PayGate's published test merchant, and differs per installation", () => {
    const [a, b] = [loadOrCreateSimulatorMerchant(freshDir()), loadOrCreateSimulatorMerchant(freshDir())];
    for (const merchant of [a, b]) {
      expect(merchant.paygateId).not.toBe(PAYGATE_TEST_MERCHANT.paygateId);
      expect(merchant.encryptionKey).not.toBe(PAYGATE_TEST_MERCHANT.encryptionKey);
    }
    expect(a.encryptionKey).not.toBe(b.encryptionKey);
    const many = Array.from({ length: 200 }, newSimulatorMerchant);
    expect(new Set(many.map((merchant) => merchant.encryptionKey)).size).toBe(200);
  });

  it("is readable by its owner only, and tightened if a file was left open", () => {
    const dataDir = freshDir();
    loadOrCreateSimulatorMerchant(dataDir);
    const file = simulatorMerchantFile(dataDir);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    chmodSync(file, 0o644);
    loadOrCreateSimulatorMerchant(dataDir);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it("agrees on one merchant when many callers start at once", async () => {
    const dataDir = freshDir();
    const merchants = await Promise.all(
      Array.from({ length: 20 }, () => Promise.resolve().then(() => loadOrCreateSimulatorMerchant(dataDir))),
    );
    expect(new Set(merchants.map((merchant) => JSON.stringify(merchant))).size).toBe(1);
  });

  it.each([
    ["not JSON", "{"],
    ["PayGate's test merchant", JSON.stringify(PAYGATE_TEST_MERCHANT)],
    ["a 10-digit id", JSON.stringify({ paygateId: "1234567890", encryptionKey: "0123456789abcdef" })],
    ["a 12-digit id", JSON.stringify({ paygateId: "123456789012", encryptionKey: "0123456789abcdef" })],
    ["a 15-character key", JSON.stringify({ paygateId: "12345678901", encryptionKey: "0123456789abcde" })],
  ])("refuses a file holding %s instead of replacing it", (_, content) => {
    const dataDir = freshDir();
    mkdirSync(path.join(dataDir, "keys"));
    writeFileSync(simulatorMerchantFile(dataDir), content, { mode: 0o600 });
    expect(() => loadOrCreateSimulatorMerchant(dataDir)).toThrow(/delete it to make a new one/);
    expect(readFileSync(simulatorMerchantFile(dataDir), "utf8")).toBe(content);
  });

  it("accepts an 11-digit id with a 16-character key", () => {
    const dataDir = freshDir();
    mkdirSync(path.join(dataDir, "keys"));
    const merchant = { paygateId: "12345678901", encryptionKey: "0123456789abcdef" };
    writeFileSync(simulatorMerchantFile(dataDir), JSON.stringify(merchant), { mode: 0o600 });
    expect(loadOrCreateSimulatorMerchant(dataDir)).toEqual(merchant);
  });
});

describe("more merchants from PAYGATE_SIMULATOR_MERCHANTS", () => {
  it("are read as id:key pairs", () => {
    expect(merchantsFromList(" 10011072131:key-one , 10011072132:two:with:colons ,")).toEqual([
      { paygateId: "10011072131", encryptionKey: "key-one" },
      { paygateId: "10011072132", encryptionKey: "two:with:colons" },
    ]);
    expect(merchantsFromList("")).toEqual([]);
  });

  it.each(["10011072131", ":key", "1001107213:key", "100110721311:key", "10011072131:"])(
    "refuse the malformed entry %s without echoing it",
    (entry) => {
      expect(() => merchantsFromList(entry)).toThrow(/entry 1 is not "<11 digits>:<key>"/);
    },
  );

  it("refuse PayGate's published test merchant, by id or by key", () => {
    expect(() => merchantsFromList("10011072130:other")).toThrow(/test merchant is not accepted/);
    expect(() => merchantsFromList("10011072131:secret")).toThrow(/test merchant is not accepted/);
  });
});
