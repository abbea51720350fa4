import { describe, expect, it } from "vitest";
import { hasAnyValue, isolatedIndexes, lineRuns, readoutText, toChartData, windowRange } from "./chart-data";

const window = { since: "2026-11-22T06:00:00.000Z", until: "2026-11-22T09:00:00.000Z", stepMinutes: 60 };
const start = Date.parse(window.since) / 1000;

describe("toChartData", () => {
  it("places each bucket at its middle and keeps gaps as null, never 0", () => {
    expect(
      toChartData(window, [
        [10, null, 30],
        [null, 0, null],
      ]),
    ).toEqual([
      [start + 1800, start + 5400, start + 9000],
      [10, null, 30],
      [null, 0, null],
    ]);
  });

  it("pads a shorter line with gaps, and has no buckets for no lines", () => {
    expect(toChartData(window, [[1, 2, 3], [4]])[2]).toEqual([4, null, null]);
    expect(toChartData(window, [])).toEqual([[]]);
  });

  it("spans the whole window on the time scale", () => {
    expect(windowRange(window)).toEqual([start, start + 3 * 3600]);
  });
});

describe("lines with gaps", () => {
  it("counts the unbroken pieces a line is drawn in", () => {
    expect(lineRuns([1, 2, null, null, 3, 4])).toBe(2);
    expect(lineRuns([null, 1, null, 2, null])).toBe(2);
    expect(lineRuns([0, 0, 0])).toBe(1);
    expect(lineRuns([null, null])).toBe(0);
  });

  it("finds the values alone between gaps, which are drawn as dots", () => {
    expect(isolatedIndexes([5, null, 1, 2, null, 7])).toEqual([0, 5]);
    expect(isolatedIndexes([null, 3, null])).toEqual([1]);
    expect(isolatedIndexes([1, 2])).toEqual([]);
  });

  it("has data when any value of any line is there, a 0 included", () => {
    expect(hasAnyValue([[null], [null, 0]])).toBe(true);
    expect(hasAnyValue([[null, null], []])).toBe(false);
    expect(hasAnyValue([])).toBe(false);
  });
});

describe("readoutText", () => {
  const format = (value: number, unit: string) => `${value} ${unit}`;
  const lines = [
    { label: "average", values: [10, null], unit: "%" },
    { label: "peak", values: [20, null], unit: "%" },
  ];

  it("names the bucket's start and each line's value, a gap as 'no data'", () => {
    expect(readoutText(window, lines, 0, format)).toMatch(/^22 Nov 2026, \d{2}:00 · average 10 % · peak 20 %$/);
    expect(readoutText(window, lines, 1, format)).toMatch(/ · average no data · peak no data$/);
  });

  it("says nothing when the pointer is off the chart", () => {
    expect(readoutText(window, lines, null, format)).toBeNull();
    expect(readoutText(window, lines, -1, format)).toBeNull();
  });
});
