import { ConfigError } from "@dcx/kit";
import { describe, expect, it } from "vitest";
import { DEFAULT_COLLECTOR_CONFIG, loadCollectorConfig } from "./telemetry.config";

const URL = "http://127.0.0.1:4005/graphql";

const problems = (env: Record<string, string>) => {
  try {
    loadCollectorConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((problem) => problem.split(":")[0]);
    throw error;
  }
  return [];
};

describe("performance collector configuration", () => {
  it("has no URL by default (collector off), every 300 s, 50 VMs per call, 7 days of back-fill", () => {
    expect(loadCollectorConfig({ DATA_DIR: "/data" })).toEqual({
      telemetryUrl: undefined,
      intervalSeconds: 300,
      batchSize: 50,
      backfillDays: 7,
      privateKeyFile: undefined,
      dataDir: "/data",
      production: false,
    });
    expect(DEFAULT_COLLECTOR_CONFIG).toEqual({ intervalSeconds: 300, batchSize: 50, backfillDays: 7 });
    expect(loadCollectorConfig({ VMS_TELEMETRY_URL: "" }).telemetryUrl).toBeUndefined();
  });

  it("reads every variable, at its bounds", () => {
    expect(
      loadCollectorConfig({
        VMS_TELEMETRY_URL: URL,
        VMS_PERF_INTERVAL_SECONDS: "0",
        VMS_PERF_BATCH_SIZE: "1",
        VMS_PERF_BACKFILL_DAYS: "0",
        VMS_SERVICE_SIGNING_KEY_FILE: "/keys/vms.pem",
        NODE_ENV: "production",
      }),
    ).toMatchObject({
      telemetryUrl: URL,
      intervalSeconds: 0,
      batchSize: 1,
      backfillDays: 0,
      privateKeyFile: "/keys/vms.pem",
      production: true,
    });
    expect(
      loadCollectorConfig({
        VMS_PERF_INTERVAL_SECONDS: "86400",
        VMS_PERF_BATCH_SIZE: "1000",
        VMS_PERF_BACKFILL_DAYS: "30",
      }),
    ).toMatchObject({ intervalSeconds: 86_400, batchSize: 1_000, backfillDays: 30 });
  });

  it("names the variable of every bad value, all at once", () => {
    expect(problems({ VMS_TELEMETRY_URL: "not a url" })).toEqual(["VMS_TELEMETRY_URL"]);
    expect(problems({ VMS_PERF_INTERVAL_SECONDS: "-1" })).toEqual(["VMS_PERF_INTERVAL_SECONDS"]);
    expect(problems({ VMS_PERF_INTERVAL_SECONDS: "86401" })).toEqual(["VMS_PERF_INTERVAL_SECONDS"]);
    expect(problems({ VMS_PERF_BATCH_SIZE: "0" })).toEqual(["VMS_PERF_BATCH_SIZE"]);
    expect(problems({ VMS_PERF_BATCH_SIZE: "1001" })).toEqual(["VMS_PERF_BATCH_SIZE"]);
    expect(problems({ VMS_PERF_BACKFILL_DAYS: "31" })).toEqual(["VMS_PERF_BACKFILL_DAYS"]);
    expect(problems({ VMS_PERF_BACKFILL_DAYS: "1.5" })).toEqual(["VMS_PERF_BACKFILL_DAYS"]);
    expect(
      problems({
        VMS_TELEMETRY_URL: "ftp:/x y",
        VMS_PERF_INTERVAL_SECONDS: "often",
        VMS_PERF_BATCH_SIZE: "-5",
        VMS_PERF_BACKFILL_DAYS: "a week",
      }),
    ).toEqual(["VMS_TELEMETRY_URL", "VMS_PERF_INTERVAL_SECONDS", "VMS_PERF_BATCH_SIZE", "VMS_PERF_BACKFILL_DAYS"]);
  });
});
