import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { signGatewayToken, verifyGatewayToken } from "../gateway-trust/gateway-token";
import {
  developmentKeyFile,
  ensureDevelopmentKey,
  GATEWAY_KEY,
  loadPrivateKey,
  loadPublicKey,
  SESSION_KEY,
  writeKeyPair,
} from "./ed25519-keys";

const freshDir = () => mkdtempSync(path.join(tmpdir(), "dcx-keys-"));

describe("signing keys", () => {
  it("share one development key between the signer and its verifiers", async () => {
    const dataDir = freshDir();
    const signing = loadPrivateKey({ key: GATEWAY_KEY, dataDir, production: false });
    const verifying = loadPublicKey({ key: GATEWAY_KEY, dataDir, production: false });
    const request = { method: "POST", body: "{}" };
    const token = await signGatewayToken(signing, "vms", request);
    await expect(verifyGatewayToken(verifying, token, "vms", request)).resolves.toBeTruthy();
  });

  it("keep one development key per purpose, created once", () => {
    const dataDir = freshDir();
    expect(ensureDevelopmentKey(dataDir, GATEWAY_KEY)).toBe(ensureDevelopmentKey(dataDir, GATEWAY_KEY));
    const gateway = readFileSync(developmentKeyFile(dataDir, GATEWAY_KEY), "utf8");
    const session = readFileSync(ensureDevelopmentKey(dataDir, SESSION_KEY), "utf8");
    expect(gateway).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(session).not.toBe(gateway);
  });

  it("are required from files in production", () => {
    const dataDir = freshDir();
    expect(() => loadPrivateKey({ key: GATEWAY_KEY, dataDir, production: true })).toThrow(/GATEWAY_SIGNING_KEY_FILE/);
    expect(() => loadPublicKey({ key: SESSION_KEY, dataDir, production: true })).toThrow(/SESSION_PUBLIC_KEY_FILE/);
  });

  it("load a deployment key pair from files, written once", async () => {
    const folder = freshDir();
    const first = writeKeyPair(folder, GATEWAY_KEY);
    const again = writeKeyPair(folder, GATEWAY_KEY);
    expect([first.created, again.created]).toEqual([true, false]);
    const signing = loadPrivateKey({ key: GATEWAY_KEY, file: first.privateKeyFile, dataDir: folder, production: true });
    const verifying = loadPublicKey({ key: GATEWAY_KEY, file: first.publicKeyFile, dataDir: folder, production: true });
    const request = { method: "POST", body: "{}" };
    const token = await signGatewayToken(signing, "tenancy", request);
    await expect(verifyGatewayToken(verifying, token, "tenancy", request)).resolves.toBeTruthy();
  });
});
