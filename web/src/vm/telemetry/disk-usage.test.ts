import { describe, expect, it } from "vitest";
import { barWidthPercent, diskUsageLevel } from "./disk-usage";

describe("guest disk usage", () => {
  it("warns from 80 % and is critical from 90 %", () => {
    expect([0, 79.99, 80, 89.9, 90, 100].map(diskUsageLevel)).toEqual([
      "ok",
      "ok",
      "warning",
      "warning",
      "critical",
      "critical",
    ]);
  });

  it("keeps the bar within its track", () => {
    expect([-1, 0, 42.5, 100, 101].map(barWidthPercent)).toEqual([0, 0, 42.5, 100, 100]);
  });
});
