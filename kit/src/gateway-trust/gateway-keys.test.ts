import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  developmentKeyFile,
  ensureDevelopmentKey,
  loadGatewayPublicKey,
  loadGatewaySigningKey,
  writeGatewayKeyPair,
} from "./gateway-keys";
import { signGatewayToken, verifyGatewayToken } from "./gateway-token";

const freshDir = () => mkdtempSync(path.join(tmpdir(), "dcx-keys-"));

describe("gateway keys", () => {
  it("share one development key between the gateway and the subgraphs", async () => {
    const dataDir = freshDir();
    const signing = loadGatewaySigningKey({ dataDir, production: false });
    const verifying = loadGatewayPublicKey({ dataDir, production: false });
    const token = await signGatewayToken(signing, "vms");
    await expect(verifyGatewayToken(verifying, token, "vms")).resolves.toBeTruthy();
  });

  it("create the development key once and keep it", () => {
    const dataDir = freshDir();
    const files = Array.from({ length: 20 }, () => ensureDevelopmentKey(dataDir));
    expect(new Set(files)).toEqual(new Set([developmentKeyFile(dataDir)]));
    expect(readFileSync(developmentKeyFile(dataDir), "utf8")).toMatch(/^-----BEGIN PRIVATE KEY-----/);
  });

  it("are required from files in production", () => {
    const dataDir = freshDir();
    expect(() => loadGatewaySigningKey({ dataDir, production: true })).toThrow(/GATEWAY_SIGNING_KEY_FILE/);
    expect(() => loadGatewayPublicKey({ dataDir, production: true })).toThrow(/GATEWAY_PUBLIC_KEY_FILE/);
  });

  it("load a deployment key pair from files, written once", async () => {
    const folder = freshDir();
    const first = writeGatewayKeyPair(folder);
    const again = writeGatewayKeyPair(folder);
    expect([first.created, again.created]).toEqual([true, false]);
    const signing = loadGatewaySigningKey({ signingKeyFile: first.signingKeyFile, dataDir: folder, production: true });
    const verifying = loadGatewayPublicKey({ publicKeyFile: first.publicKeyFile, dataDir: folder, production: true });
    await expect(
      verifyGatewayToken(verifying, await signGatewayToken(signing, "tenancy"), "tenancy"),
    ).resolves.toBeTruthy();
  });
});
