import { describe, expect, it } from "vitest";
import { loadSuspensionSweepConfig } from "./suspension-sweep.config";

describe("the suspension sweep's configuration", () => {
  it("sweeps every 60 s by default, as often as the inventory sync", () => {
    expect(loadSuspensionSweepConfig({})).toEqual({ intervalSeconds: 60 });
    expect(loadSuspensionSweepConfig({ VMS_SUSPENSION_SWEEP_SECONDS: "" })).toEqual({ intervalSeconds: 60 });
  });

  it("takes 0 (off) to 86,400 whole seconds", () => {
    expect(loadSuspensionSweepConfig({ VMS_SUSPENSION_SWEEP_SECONDS: "0" })).toEqual({ intervalSeconds: 0 });
    expect(loadSuspensionSweepConfig({ VMS_SUSPENSION_SWEEP_SECONDS: "86400" })).toEqual({ intervalSeconds: 86_400 });
  });

  it("refuses anything else, naming the variable", () => {
    for (const value of ["-1", "86401", "1.5", "soon"]) {
      expect(() => loadSuspensionSweepConfig({ VMS_SUSPENSION_SWEEP_SECONDS: value }), value).toThrow(
        /VMS_SUSPENSION_SWEEP_SECONDS/,
      );
    }
  });
});
