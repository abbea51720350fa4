import { describe, expect, it } from "vitest";
import { formatPercent, sparklinePoints } from "./sparkline";

const box = { width: 100, height: 20, max: 100 };

describe("sparklinePoints", () => {
  it("spreads points evenly and puts high values at the top", () => {
    expect(sparklinePoints([0, 50, 100], box)).toBe("0,20 50,10 100,0");
  });

  it("clamps values outside 0..max", () => {
    expect(sparklinePoints([-5, 150], box)).toBe("0,20 100,0");
  });

  it("draws a flat line for one value and nothing for none", () => {
    expect(sparklinePoints([25], box)).toBe("0,15 100,15");
    expect(sparklinePoints([], box)).toBe("");
  });
});

describe("formatPercent", () => {
  it("uses one decimal with a comma", () => {
    expect(formatPercent(12.34)).toBe("12,3 %");
    expect(formatPercent(7)).toBe("7 %");
  });
});
