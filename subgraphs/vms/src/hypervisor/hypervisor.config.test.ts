import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ConfigError } from "@dcx/kit";
import { TEST_TLS_CERTIFICATE } from "@dcx/kit/testing";
import { describe, expect, it } from "vitest";
import { loadHypervisorConfig } from "./hypervisor.config";

const problems = (env: Record<string, string>) => {
  try {
    loadHypervisorConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe("the vCenter configuration", () => {
  it("is absent without VCENTER_URL", () => {
    expect(loadHypervisorConfig({})).toBeNull();
  });

  it("takes the URL, user and password, adding /sdk to a bare URL", () => {
    expect(
      loadHypervisorConfig({ VCENTER_URL: "https://vc.example", VCENTER_USER: "svc", VCENTER_PASSWORD: "s3cret" }),
    ).toEqual({
      url: "https://vc.example/sdk",
      user: "svc",
      password: "s3cret",
      caPem: undefined,
      callTimeoutMs: 30_000,
    });
  });

  it("reads credentials from the URL as vcsim prints it, and never leaves them in the URL", () => {
    const config = loadHypervisorConfig({ VCENTER_URL: "http://user:p%40ss@127.0.0.1:8989/sdk" });
    expect(config).toMatchObject({ url: "http://127.0.0.1:8989/sdk", user: "user", password: "p@ss" });
  });

  it("lists every problem at once", () => {
    expect(problems({ VCENTER_URL: "https://vc.example/sdk", VCENTER_TIMEOUT_MS: "50" })).toEqual([
      expect.stringMatching(/^VCENTER_TIMEOUT_MS/),
    ]);
    expect(problems({ VCENTER_URL: "https://vc.example/sdk" })).toEqual([
      "VCENTER_USER: required with VCENTER_URL",
      "VCENTER_PASSWORD: required with VCENTER_URL",
    ]);
    expect(problems({ VCENTER_URL: "not a url" })).toEqual([expect.stringMatching(/^VCENTER_URL/)]);
  });

  it("refuses plain http to a remote vCenter in production, but not to this machine", () => {
    const credentials = { VCENTER_USER: "svc", VCENTER_PASSWORD: "pw", NODE_ENV: "production" };
    expect(problems({ ...credentials, VCENTER_URL: "http://vc.example/sdk" })).toEqual([
      expect.stringMatching(/must be https in production/),
    ]);
    expect(problems({ ...credentials, VCENTER_URL: "http://127.0.0.1:8989/sdk" })).toEqual([]);
  });

  it("reads the CA file as PEM and says when it cannot", () => {
    const folder = mkdtempSync(path.join(tmpdir(), "dcx-vcenter-config-"));
    const ca = path.join(folder, "ca.pem");
    const junk = path.join(folder, "junk.pem");
    writeFileSync(ca, TEST_TLS_CERTIFICATE);
    writeFileSync(junk, "hello");
    const base = { VCENTER_URL: "https://vc.example/sdk", VCENTER_USER: "svc", VCENTER_PASSWORD: "pw" };
    expect(loadHypervisorConfig({ ...base, VCENTER_CA_FILE: ca })?.caPem).toBe(TEST_TLS_CERTIFICATE);
    expect(problems({ ...base, VCENTER_CA_FILE: junk })).toEqual(["VCENTER_CA_FILE: holds no PEM certificate"]);
    expect(problems({ ...base, VCENTER_CA_FILE: path.join(folder, "missing.pem") })).toEqual([
      "VCENTER_CA_FILE: cannot be read (ENOENT)",
    ]);
  });
});
