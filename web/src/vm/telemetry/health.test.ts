import { describe, expect, it } from "vitest";
import { healthReasons } from "./health";

describe("healthReasons", () => {
  it("adds up each rule's buckets into time, longest first", () => {
    const reasons = [[], ["High CPU"], ["No samples for 15 minutes", "High CPU"], ["No samples for 15 minutes"], []];
    expect(healthReasons(reasons, 60)).toEqual([
      { rule: "High CPU", minutes: 120 },
      { rule: "No samples for 15 minutes", minutes: 120 },
    ]);
    expect(healthReasons([["Disk full"], ["Disk full"], ["Disk full"]], 5)).toEqual([
      { rule: "Disk full", minutes: 15 },
    ]);
  });

  it("counts a rule named twice in one bucket once, and has nothing to say when no rule lowered it", () => {
    expect(healthReasons([["A", "A"]], 1440)).toEqual([{ rule: "A", minutes: 1440 }]);
    expect(healthReasons([[], []], 60)).toEqual([]);
  });
});
