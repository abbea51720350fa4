import { ConfigError } from "@dcx/kit";
import { describe, expect, it } from "vitest";
import { loadUsageRelayConfig } from "./usage-relay.config";

const problem = (value: string) => {
  try {
    loadUsageRelayConfig({ VMS_USAGE_RELAY_INTERVAL_SECONDS: value });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((line) => line.split(":")[0]);
    throw error;
  }
  return [];
};

describe("usage relay configuration", () => {
  it("relays every 30 s by default; 0 turns it off; 86,400 at most", () => {
    expect(loadUsageRelayConfig({})).toEqual({ intervalSeconds: 30 });
    expect(loadUsageRelayConfig({ VMS_USAGE_RELAY_INTERVAL_SECONDS: "" })).toEqual({ intervalSeconds: 30 });
    expect(loadUsageRelayConfig({ VMS_USAGE_RELAY_INTERVAL_SECONDS: "0" })).toEqual({ intervalSeconds: 0 });
    expect(loadUsageRelayConfig({ VMS_USAGE_RELAY_INTERVAL_SECONDS: "86400" })).toEqual({ intervalSeconds: 86_400 });
  });

  it("refuses anything else, naming the variable", () => {
    for (const value of ["-1", "86401", "1.5", "soon"]) {
      expect(problem(value), value).toEqual(["VMS_USAGE_RELAY_INTERVAL_SECONDS"]);
    }
  });
});
