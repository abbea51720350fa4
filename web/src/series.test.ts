import { describe, expect, it } from "vitest";
import {
  bucketStart,
  filledCount,
  latestPoint,
  niceCeiling,
  peakValue,
  scaleMaxFor,
  seriesPath,
  slotX,
} from "./series";

const box = { width: 100, height: 20, max: 100 };

describe("seriesPath", () => {
  it("puts each bucket over the middle of its slot and high values at the top", () => {
    expect(seriesPath([10, 20, 30, 40], box)).toBe("M12.5,18 L37.5,16 L62.5,14 L87.5,12");
  });

  it("breaks the line at a gap instead of dropping it to zero", () => {
    const path = seriesPath([0, 50, null, null, 100, 80], { ...box, width: 120 });
    expect(path).toBe("M10,20 L30,10 M90,0 L110,4");
    expect(path).not.toContain("L50,20");
    expect(path.match(/M/g)).toHaveLength(2);
  });

  it("draws a value alone between gaps as a dot, and keeps the slots of leading gaps", () => {
    expect(seriesPath([null, 50, null, 100], box)).toBe("M37.5,10h0 M87.5,0h0");
    expect(seriesPath([25], box)).toBe("M50,15h0");
  });

  it("draws nothing for a series of gaps, or none at all", () => {
    expect(seriesPath([null, null, null], box)).toBe("");
    expect(seriesPath([], box)).toBe("");
  });

  it("scales to the box's max and clamps values outside 0..max", () => {
    expect(seriesPath([100, 200], { ...box, max: 200 })).toBe("M25,10 L75,0");
    expect(seriesPath([-5, 150], box)).toBe("M25,20 L75,0");
  });

  it("draws real zeros on the bottom edge: a zero is a value, not a gap", () => {
    expect(seriesPath([0, 0], box)).toBe("M25,20 L75,20");
  });
});

describe("slots and instants", () => {
  it("places slot i at the middle of its share", () => {
    expect(slotX(0, 24, 240)).toBe(5);
    expect(slotX(23, 24, 240)).toBe(235);
  });

  it("starts slot i at since + i × step", () => {
    const window = { since: "2026-11-22T06:00:00.000Z", stepMinutes: 60 };
    expect(bucketStart(window, 0).toISOString()).toBe("2026-11-22T06:00:00.000Z");
    expect(bucketStart(window, 5).toISOString()).toBe("2026-11-22T11:00:00.000Z");
    expect(bucketStart({ ...window, stepMinutes: 1440 }, 2).toISOString()).toBe("2026-11-24T06:00:00.000Z");
  });
});

describe("summaries", () => {
  it("finds the newest value, skipping trailing gaps", () => {
    expect(latestPoint([1, 2, 3, null, null])).toEqual({ index: 2, value: 3 });
    expect(latestPoint([0, null])).toEqual({ index: 0, value: 0 });
  });

  it("has no latest value, no peak and nothing filled when every bucket is a gap", () => {
    expect(latestPoint([null, null])).toBeNull();
    expect(latestPoint([])).toBeNull();
    expect(peakValue([null, null], [])).toBeNull();
    expect(filledCount([null, null])).toBe(0);
  });

  it("takes the peak across series and counts filled buckets", () => {
    expect(peakValue([1, null, 7], [3, 9.5])).toBe(9.5);
    expect(peakValue([0, null])).toBe(0);
    expect(filledCount([0, null, 3, null])).toBe(2);
  });
});

describe("scaleMaxFor", () => {
  it("keeps percentages on 0–100 whatever the values", () => {
    expect(scaleMaxFor("%", [3, 4])).toBe(100);
    expect(scaleMaxFor("%", [null])).toBe(100);
  });

  it("rounds other units' peak up to a readable top", () => {
    expect(scaleMaxFor("KB/s", [830, null, 120])).toBe(1000);
    expect(scaleMaxFor("IOPS", [12], [41])).toBe(50);
    expect(scaleMaxFor("ms", [2.2])).toBe(2.5);
    expect(scaleMaxFor("MB", [2000])).toBe(2000);
  });

  it("never goes below 1, so gaps and zeros still have an axis", () => {
    expect(scaleMaxFor("ms", [0, 0])).toBe(1);
    expect(scaleMaxFor("ms", [null, null])).toBe(1);
    expect(scaleMaxFor("ms", [0.3])).toBe(1);
  });
});

describe("niceCeiling", () => {
  it("picks 1, 2, 2.5 or 5 × 10ⁿ", () => {
    expect([1, 1.5, 2.1, 3, 7, 10, 11, 26, 501].map(niceCeiling)).toEqual([1, 2, 2.5, 5, 10, 10, 20, 50, 1000]);
    expect(niceCeiling(0.3)).toBe(0.5);
  });
});
