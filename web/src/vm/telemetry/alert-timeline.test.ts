import { describe, expect, it } from "vitest";
import { alertSpan } from "./alert-timeline";

const day = { since: "2026-11-21T08:00:00.000Z", until: "2026-11-22T08:00:00.000Z" };

describe("alertSpan", () => {
  it("places a resolved alert from its condition's start to its resolution", () => {
    const span = alertSpan(
      { conditionSince: "2026-11-21T14:00:00.000Z", resolvedAt: "2026-11-21T20:00:00.000Z", state: "RESOLVED" },
      day,
    );
    expect(span).toEqual({ left: 25, width: 25, startsBefore: false, ongoing: false });
  });

  it("runs a firing alert to the window's end, and clips one that began before the window", () => {
    expect(alertSpan({ conditionSince: "2026-11-21T02:00:00.000Z", state: "FIRING" }, day)).toEqual({
      left: 0,
      width: 100,
      startsBefore: true,
      ongoing: true,
    });
  });

  it("keeps a short alert visible, inside the window", () => {
    const span = alertSpan(
      { conditionSince: "2026-11-22T07:59:00.000Z", resolvedAt: "2026-11-22T08:00:00.000Z", state: "RESOLVED" },
      day,
    );
    expect(span.width).toBe(0.75);
    expect(span.left + span.width).toBeLessThanOrEqual(100);
  });
});
