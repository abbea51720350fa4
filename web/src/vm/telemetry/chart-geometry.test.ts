import { describe, expect, it } from "vitest";
import { chartGeometry } from "./chart-geometry";

const plot = { width: 200, height: 100 };
const day = { since: "2026-11-21T07:00:00.000Z", until: "2026-11-22T07:00:00.000Z", stepMinutes: 60 };

describe("chartGeometry", () => {
  it("draws each line with its gaps, on a scale shared by every line", () => {
    const geometry = chartGeometry(
      [
        [10, null, 40],
        [20, 30, null],
      ],
      "IOPS",
      { ...day, stepMinutes: 480 },
      plot,
    );
    expect(geometry.max).toBe(50);
    expect(geometry.paths).toEqual(["M33.33,80h0 M166.67,20h0", "M33.33,60 L100,40"]);
    expect(geometry.hasData).toBe(true);
  });

  it("labels the grid at 0, half and the top, bottom to top", () => {
    const geometry = chartGeometry([[12, 30]], "%", day, plot);
    expect(geometry.yTicks).toEqual([
      { value: 0, y: 100 },
      { value: 50, y: 50 },
      { value: 100, y: 0 },
    ]);
  });

  it("labels the time axis at the window's start, middle and end", () => {
    const geometry = chartGeometry([[1, 2]], "ms", { ...day, stepMinutes: 720 }, plot);
    expect(geometry.xTicks.map((tick) => tick.x)).toEqual([0, 100, 200]);
    expect(geometry.xTicks.every((tick) => /^\d{2}:\d{2}$/.test(tick.label))).toBe(true);
    const month = chartGeometry([[1]], "ms", { ...day, since: "2026-10-23T07:00:00.000Z", stepMinutes: 1440 }, plot);
    expect(month.xTicks.map((tick) => tick.label.replace(/\s/g, " "))).toEqual([
      expect.stringMatching(/^2[23] Oct$/),
      expect.stringMatching(/^\d{1,2} (Oct|Nov)$/),
      expect.stringMatching(/^2[12] Nov$/),
    ]);
  });

  it("keeps a fixed scale when given one, whatever the values", () => {
    const geometry = chartGeometry([[40, 85]], "of 100", { ...day, stepMinutes: 720 }, plot, 100);
    expect(geometry.max).toBe(100);
    expect(geometry.paths).toEqual(["M50,60 L150,15"]);
  });

  it("has no data, and draws no line, when every bucket of every line is a gap", () => {
    const geometry = chartGeometry([[null, null], [null]], "KB/s", day, plot);
    expect(geometry.hasData).toBe(false);
    expect(geometry.paths).toEqual(["", ""]);
  });
});
