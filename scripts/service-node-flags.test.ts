import path from "node:path";
import { describe, expect, it } from "vitest";
import { serviceNodeFlags } from "./service-node-flags";

describe("the node flags of npm start's services", () => {
  it("gives the gateway a 16 MB young generation, telemetry-billing 8 MB, every other service 1 MB", () => {
    expect(serviceNodeFlags("gateway", {})).toEqual(["--max-semi-space-size=16", "--max-old-space-size=512"]);
    expect(serviceNodeFlags("telemetry-billing", {})).toContain("--max-semi-space-size=8");
    for (const service of ["tenancy", "wallet", "catalog", "vms"]) {
      expect(serviceNodeFlags(service, {})).toEqual(["--max-semi-space-size=1", "--max-old-space-size=512"]);
    }
  });

  it("adds a CPU profile per service when CPU_PROFILE_DIR is set", () => {
    expect(serviceNodeFlags("vms", { CPU_PROFILE_DIR: "profiles" })).toEqual([
      "--max-semi-space-size=1",
      "--max-old-space-size=512",
      "--cpu-prof",
      `--cpu-prof-dir=${path.resolve("profiles")}`,
    ]);
  });
});
