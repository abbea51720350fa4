import { describe, expect, it } from "vitest";
import { thresholdsReached } from "./budget-thresholds";

describe("budget thresholds", () => {
  it("counts a share reached at its exact cent, by the bill before the forecast", () => {
    expect(thresholdsReached(1_000n, 499n, 499n)).toEqual([]);
    expect(thresholdsReached(1_000n, 500n, 500n)).toEqual([{ thresholdPercent: 50, basis: "actual" }]);
    expect(thresholdsReached(1_000n, 499n, 800n)).toEqual([
      { thresholdPercent: 50, basis: "forecast" },
      { thresholdPercent: 80, basis: "forecast" },
    ]);
    expect(thresholdsReached(1_000n, 810n, 1_200n)).toEqual([
      { thresholdPercent: 50, basis: "actual" },
      { thresholdPercent: 80, basis: "actual" },
      { thresholdPercent: 100, basis: "forecast" },
    ]);
  });

  it("compares in whole cents without rounding an odd budget's share", () => {
    // 80 % of R 0.03 is 2.4 cents: 2 cents is below it, 3 reach it.
    expect(thresholdsReached(3n, 2n, 2n).map((reached) => reached.thresholdPercent)).toEqual([50]);
    expect(thresholdsReached(3n, 3n, 3n).map((reached) => reached.thresholdPercent)).toEqual([50, 80, 100]);
  });
});
