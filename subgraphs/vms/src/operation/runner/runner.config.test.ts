import { ConfigError } from "@dcx/kit";
import { describe, expect, it } from "vitest";
import { DEFAULT_RUNNER_OPTIONS, loadRunnerOptions } from "./runner.config";

describe("the job runner's settings", () => {
  it("defaults to 4 jobs at once, a 15-minute expiry and the simulator's datastores", () => {
    expect(loadRunnerOptions({})).toEqual(DEFAULT_RUNNER_OPTIONS);
    expect(DEFAULT_RUNNER_OPTIONS).toMatchObject({
      concurrency: 4,
      expireSeconds: 900,
      datastores: { performance: "ds-performance-01", standard: "ds-standard-01", archive: "ds-archive-01" },
    });
  });

  it("reads every variable", () => {
    expect(
      loadRunnerOptions({
        VMS_JOB_CONCURRENCY: "2",
        VMS_JOB_EXPIRE_SECONDS: "5",
        VMS_JOB_RETRY_LIMIT: "0",
        VMS_JOB_RETRY_DELAY_SECONDS: "3",
        VMS_JOB_SWEEP_SECONDS: "1",
        VMS_GUEST_TIMEOUT_SECONDS: "60",
        VMS_DATASTORE_PERFORMANCE: "ds-performance-07",
        VMS_DATASTORE_STANDARD: "ds-standard-07",
        VMS_DATASTORE_ARCHIVE: "ds-archive-07",
      }),
    ).toMatchObject({
      concurrency: 2,
      expireSeconds: 5,
      retryLimit: 0,
      retryDelaySeconds: 3,
      sweepSeconds: 1,
      guestTimeoutSeconds: 60,
      datastores: { performance: "ds-performance-07", standard: "ds-standard-07", archive: "ds-archive-07" },
    });
  });

  it("lists every bad value at once", () => {
    const read = () =>
      loadRunnerOptions({
        VMS_JOB_CONCURRENCY: "0",
        VMS_JOB_EXPIRE_SECONDS: "1",
        VMS_JOB_RETRY_LIMIT: "-1",
        VMS_DATASTORE_ARCHIVE: " ",
      });
    expect(read).toThrow(ConfigError);
    try {
      read();
    } catch (error) {
      expect((error as ConfigError).problems.map((problem) => problem.split(":")[0])).toEqual([
        "VMS_JOB_CONCURRENCY",
        "VMS_JOB_EXPIRE_SECONDS",
        "VMS_JOB_RETRY_LIMIT",
        "VMS_DATASTORE_ARCHIVE",
      ]);
    }
  });
});
