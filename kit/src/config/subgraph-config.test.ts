import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadPrivateKey, serviceKey, writeKeyPair } from "../keys/ed25519-keys";
import { createServiceTokenVerifier, signServiceToken } from "../service-trust/service-token";
import { loadTrustedServiceKeys } from "../subgraph";
import { ConfigError } from "./env";
import { loadSubgraphConfig } from "./subgraph-config";

const freshDir = () => mkdtempSync(path.join(tmpdir(), "dcx-trust-"));

describe("trusted services in the subgraph configuration", () => {
  it("trusts nobody unless <PREFIX>_TRUSTED_SERVICES lists services, each with its key file variable", () => {
    expect(loadSubgraphConfig("wallet", 4002, {}).trustedServices).toEqual([]);
    const config = loadSubgraphConfig("wallet", 4002, {
      WALLET_TRUSTED_SERVICES: " vms, telemetry-billing ,vms",
      TELEMETRY_BILLING_SERVICE_PUBLIC_KEY_FILE: "/run/keys/billing.pub.pem",
      CATALOG_TRUSTED_SERVICES: "vms",
    });
    expect(config.trustedServices).toEqual([
      { name: "vms", publicKeyFile: undefined },
      { name: "telemetry-billing", publicKeyFile: "/run/keys/billing.pub.pem" },
    ]);
    expect(() => loadSubgraphConfig("wallet", 4002, { WALLET_TRUSTED_SERVICES: "vms,Bad Name,wallet" })).toThrow(
      ConfigError,
    );
  });

  it("verifies with the development key the service signs with, or the configured file", async () => {
    const dataDir = freshDir();
    const development = loadTrustedServiceKeys({
      trustedServices: [{ name: "vms", publicKeyFile: undefined }],
      dataRoot: dataDir,
      nodeEnv: "development",
    });
    const signing = loadPrivateKey({ key: serviceKey("vms"), dataDir, production: false });
    const token = await signServiceToken(signing, "vms", "wallet");
    await expect(createServiceTokenVerifier(development, "wallet").verify(token)).resolves.toMatchObject({
      service: "vms",
    });

    const { privateKeyFile, publicKeyFile } = writeKeyPair(freshDir(), serviceKey("vms"));
    const deployed = loadTrustedServiceKeys({
      trustedServices: [{ name: "vms", publicKeyFile }],
      dataRoot: dataDir,
      nodeEnv: "production",
    });
    const production = loadPrivateKey({ key: serviceKey("vms"), file: privateKeyFile, dataDir, production: true });
    await expect(
      createServiceTokenVerifier(deployed, "wallet").verify(await signServiceToken(production, "vms", "wallet")),
    ).resolves.toMatchObject({ service: "vms" });
    await expect(createServiceTokenVerifier(deployed, "wallet").verify(token)).rejects.toMatchObject({
      extensions: { code: "UNAUTHENTICATED" },
    });
  });

  it("requires each trusted service's key file in production", () => {
    expect(() =>
      loadTrustedServiceKeys({
        trustedServices: [{ name: "vms", publicKeyFile: undefined }],
        dataRoot: freshDir(),
        nodeEnv: "production",
      }),
    ).toThrow(/VMS_SERVICE_PUBLIC_KEY_FILE is required in production/);
    expect(serviceKey("telemetry-billing")).toEqual({
      name: "telemetry-billing-service-signing-key",
      privateKeyVariable: "TELEMETRY_BILLING_SERVICE_SIGNING_KEY_FILE",
      publicKeyVariable: "TELEMETRY_BILLING_SERVICE_PUBLIC_KEY_FILE",
    });
  });
});

describe("METRICS_TOKEN", () => {
  it("takes a token of 16 characters or more, refuses a shorter one, and treats empty as unset", () => {
    expect(loadSubgraphConfig("catalog", 4003, {}).metricsToken).toBeUndefined();
    expect(loadSubgraphConfig("catalog", 4003, { METRICS_TOKEN: "" }).metricsToken).toBeUndefined();
    expect(loadSubgraphConfig("catalog", 4003, { METRICS_TOKEN: "a".repeat(16) }).metricsToken).toBe("a".repeat(16));
    expect(() => loadSubgraphConfig("catalog", 4003, { METRICS_TOKEN: "a".repeat(15) })).toThrow(
      /METRICS_TOKEN: must be at least 16 characters/,
    );
  });
});

describe("REDIS_URL in the subgraph configuration", () => {
  it("takes a redis:// or rediss:// address, treats empty as unset, and refuses any other scheme", () => {
    expect(loadSubgraphConfig("wallet", 4002, {}).redisUrl).toBeUndefined();
    expect(loadSubgraphConfig("wallet", 4002, { REDIS_URL: "" }).redisUrl).toBeUndefined();
    expect(loadSubgraphConfig("wallet", 4002, { REDIS_URL: "redis://redis:6379/0" }).redisUrl).toBe(
      "redis://redis:6379/0",
    );
    expect(loadSubgraphConfig("wallet", 4002, { REDIS_URL: "rediss://:pw@cache.example:6380" }).redisUrl).toBe(
      "rediss://:pw@cache.example:6380",
    );
    expect(() => loadSubgraphConfig("wallet", 4002, { REDIS_URL: "http://redis:6379" })).toThrow(/REDIS_URL/);
  });
});
