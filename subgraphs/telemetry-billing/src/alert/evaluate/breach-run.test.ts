import { describe, expect, it } from "vitest";
import { advanceRun, type JudgedSample, type RunState, worse } from "./breach-run";

const T0 = Date.parse("2026-03-02T08:00:00Z");
const at = (minute: number) => new Date(T0 + minute * 60_000);
/** Samples every 5 minutes from minute `from`, each breaching (value 95) or not (value 50). */
const samples = (from: number, pattern: string): JudgedSample[] =>
  [...pattern].map((mark, i) => ({
    at: at(from + i * 5),
    value: mark === "-" ? null : mark === "x" ? 95 : 50,
    breach: mark === "-" ? null : mark === "x",
  }));
const FRESH: RunState = { lastSampleAt: null, runStartedAt: null };
const rule = { operator: ">", durationMinutes: 15 };

describe("advanceRun", () => {
  it("fires on the sample with which the run covers the duration, not one sample earlier", () => {
    const two = advanceRun(rule, FRESH, null, samples(0, "xx"));
    expect(two.fired).toEqual([]);
    expect(two.state).toEqual({ lastSampleAt: at(5), runStartedAt: at(0) });

    const third = advanceRun(rule, two.state, null, samples(10, "x"));
    expect(third.fired).toEqual([
      expect.objectContaining({ conditionSince: at(0), firedAt: at(10), firedValue: 95, peak: 95, resolvedAt: null }),
    ]);
  });

  it("does not fire again while the alert is open, and keeps its worst value", () => {
    const open = { id: "a1", peak: 95 };
    const batch = [...samples(0, "xx"), { at: at(10), value: 99.5, breach: true }];
    const outcome = advanceRun(rule, FRESH, open, batch);
    expect(outcome.fired).toEqual([]);
    expect(outcome.existing).toEqual({ id: "a1", peak: 99.5, resolvedAt: null });
  });

  it("resolves on the first sample that does not breach", () => {
    const outcome = advanceRun(
      rule,
      { lastSampleAt: at(0), runStartedAt: at(-20) },
      { id: "a1", peak: 97 },
      samples(5, "xox"),
    );
    expect(outcome.existing).toEqual({ id: "a1", peak: 97, resolvedAt: at(10) });
    expect(outcome.state).toEqual({ lastSampleAt: at(15), runStartedAt: at(15) });
  });

  it("breaks the run at a missing sample, a gap or a sample without the metric, without resolving", () => {
    // x x (gap: minute 10 missing) x x: never three in a row
    const gap = advanceRun(rule, FRESH, null, [...samples(0, "xx"), ...samples(15, "xx")]);
    expect(gap.fired).toEqual([]);
    expect(gap.state.runStartedAt).toEqual(at(15));
    const hole = advanceRun(rule, FRESH, null, samples(0, "xx-xx"));
    expect(hole.fired).toEqual([]);
    const open = advanceRun(rule, FRESH, { id: "a1", peak: 95 }, samples(0, "x-x"));
    expect(open.existing?.resolvedAt).toBeNull();
  });

  it("carries a run across evaluations and breaks it when the next evaluation finds a gap", () => {
    const first = advanceRun(rule, FRESH, null, samples(0, "xx"));
    expect(advanceRun(rule, first.state, null, samples(15, "x")).fired).toEqual([]);
  });

  it("fires, resolves and fires again within one batch after an outage", () => {
    const outcome = advanceRun(rule, FRESH, null, samples(0, "xxxoxxxx"));
    expect(outcome.fired).toEqual([
      expect.objectContaining({
        conditionSince: at(0),
        firedAt: at(10),
        resolvedAt: at(15),
        resolution: "condition_cleared",
      }),
      expect.objectContaining({ conditionSince: at(20), firedAt: at(30), resolvedAt: null }),
    ]);
  });

  it("fires on one sample with a duration of 0 or 5 minutes", () => {
    for (const durationMinutes of [0, 5]) {
      expect(advanceRun({ ...rule, durationMinutes }, FRESH, null, samples(0, "x")).fired).toHaveLength(1);
    }
  });

  it("skips samples it has already judged", () => {
    const outcome = advanceRun(rule, { lastSampleAt: at(10), runStartedAt: null }, null, samples(0, "xxxx"));
    expect(outcome.fired).toEqual([]);
    expect(outcome.state).toEqual({ lastSampleAt: at(15), runStartedAt: at(15) });
  });
});

describe("worse", () => {
  it("is the higher value for > and ≥, the lower for < and ≤", () => {
    expect([worse(">", 1, 2), worse(">=", 3, 2), worse("<", 1, 2), worse("<=", 3, 2)]).toEqual([2, 3, 1, 2]);
    expect([worse(">", null, 2), worse("<", 4, null)]).toEqual([2, 4]);
  });
});
