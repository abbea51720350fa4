import { describe, expect, it } from "vitest";
import { healthBadgeTitle, healthLevel, newestScore } from "./health-badge";

describe("newestScore", () => {
  it("takes the newest bucket with a score, skipping the gaps after it", () => {
    expect(newestScore([100, 85, 60, null, null])).toBe(60);
    expect(newestScore([40, null, 100])).toBe(100);
  });

  it("keeps a score of 0: a VM at its worst is not a VM without data", () => {
    expect(newestScore([90, 0, null])).toBe(0);
  });

  it("answers null when every bucket is a gap, or there are none", () => {
    expect(newestScore([null, null, null])).toBeNull();
    expect(newestScore([])).toBeNull();
  });
});

describe("healthLevel", () => {
  it("is good from 80, fair from 50, poor below", () => {
    expect([100, 80, 79, 50, 49, 0].map(healthLevel)).toEqual(["good", "good", "fair", "fair", "poor", "poor"]);
  });

  it("is none without a score", () => {
    expect(healthLevel(null)).toBe("none");
  });
});

describe("healthBadgeTitle", () => {
  it("names the score and its level, or says there is no data", () => {
    expect(healthBadgeTitle(45)).toBe("Health 45 of 100 (unhealthy), newest hour with samples in the last 24 h");
    expect(healthBadgeTitle(null)).toBe("no data");
  });
});
