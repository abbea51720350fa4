import { describe, expect, it } from "vitest";
import { healthOf } from "./health-score";

const window = { since: new Date("2026-03-02T00:00:00Z"), until: new Date("2026-03-02T01:00:00Z"), stepMinutes: 15 };

describe("healthOf", () => {
  it("takes 40 per critical and 15 per warning rule off 100, never below 0, and lists them critical first", () => {
    const health = healthOf(window, new Set([0, 1, 2]), [
      { idx: 0, name: "CPU above 90 %", critical: false },
      { idx: 1, name: "Memory above 90 %", critical: false },
      { idx: 1, name: "No samples for 15 minutes", critical: true },
      { idx: 1, name: "CPU above 90 %", critical: false },
      ...["A", "B", "C"].map((name) => ({ idx: 2, name, critical: true })),
    ]);
    expect(health.score).toEqual([85, 30, 0, null]);
    expect(health.reasons).toEqual([
      ["CPU above 90 %"],
      ["No samples for 15 minutes", "CPU above 90 %", "Memory above 90 %"],
      ["A", "B", "C"],
      [],
    ]);
  });

  it("gives a bucket without samples no score, neither 100 nor 0, and keeps its reasons", () => {
    const health = healthOf(window, new Set([3]), [{ idx: 1, name: "No samples for 15 minutes", critical: true }]);
    expect(health).toEqual({
      ...window,
      score: [null, null, null, 100],
      reasons: [[], ["No samples for 15 minutes"], [], []],
    });
  });

  it("ignores breaches outside the window's buckets", () => {
    expect(healthOf(window, new Set([0]), [{ idx: 4, name: "x", critical: true }]).score).toEqual([
      100,
      null,
      null,
      null,
    ]);
  });
});
