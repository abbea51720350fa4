import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ConfigError, developmentKeyFile, serviceKey } from "@dcx/kit";
import { describe, expect, it } from "vitest";
import { loadMoneyGateConfig } from "./money-gate.config";

const URLS = { VMS_WALLET_URL: "http://127.0.0.1:4002/graphql", VMS_CATALOG_URL: "http://127.0.0.1:4003/graphql" };

describe("money gate configuration", () => {
  it("is absent without the URLs, and 24 hours of runway by default with them", () => {
    expect(loadMoneyGateConfig({})).toBeNull();
    expect(loadMoneyGateConfig({ VMS_WALLET_URL: "", VMS_CATALOG_URL: "" })).toBeNull();
    expect(loadMoneyGateConfig({ ...URLS, DATA_DIR: "/data" })).toEqual({
      walletUrl: URLS.VMS_WALLET_URL,
      catalogUrl: URLS.VMS_CATALOG_URL,
      runwayHours: 24,
      privateKeyFile: undefined,
      dataDir: "/data",
      production: false,
    });
  });

  it("reads the runway from 1 to 720 hours and the signing key file", () => {
    for (const hours of ["1", "720"]) {
      expect(loadMoneyGateConfig({ ...URLS, VMS_RUNWAY_HOURS: hours })?.runwayHours).toBe(Number(hours));
    }
    expect(
      loadMoneyGateConfig({ ...URLS, VMS_SERVICE_SIGNING_KEY_FILE: "/keys/vms.pem", NODE_ENV: "production" }),
    ).toMatchObject({ privateKeyFile: "/keys/vms.pem", production: true });
  });

  it("lists every problem at once", () => {
    const problems = (env: Record<string, string>) => {
      try {
        loadMoneyGateConfig(env);
      } catch (error) {
        if (error instanceof ConfigError) return error.problems.map((problem) => problem.split(":")[0]);
        throw error;
      }
      return [];
    };
    expect(problems({ ...URLS, VMS_RUNWAY_HOURS: "0" })).toEqual(["VMS_RUNWAY_HOURS"]);
    expect(problems({ ...URLS, VMS_RUNWAY_HOURS: "721" })).toEqual(["VMS_RUNWAY_HOURS"]);
    expect(problems({ ...URLS, VMS_RUNWAY_HOURS: "1.5" })).toEqual(["VMS_RUNWAY_HOURS"]);
    expect(problems({ VMS_WALLET_URL: "not a url", VMS_RUNWAY_HOURS: "x" })).toEqual([
      "VMS_WALLET_URL",
      "VMS_RUNWAY_HOURS",
    ]);
    expect(problems({ VMS_WALLET_URL: URLS.VMS_WALLET_URL })).toEqual(["VMS_CATALOG_URL"]);
    expect(problems({ VMS_CATALOG_URL: URLS.VMS_CATALOG_URL })).toEqual(["VMS_WALLET_URL"]);
  });

  it("does not make a development key when it is not configured", () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "money-gate-"));
    expect(loadMoneyGateConfig({ DATA_DIR: dataDir })).toBeNull();
    expect(existsSync(developmentKeyFile(dataDir, serviceKey("vms")))).toBe(false);
  });
});
