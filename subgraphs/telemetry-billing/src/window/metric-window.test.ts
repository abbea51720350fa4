import { describe, expect, it } from "vitest";
import { metricWindowKey, resolveMetricWindow } from "./vm-metrics.service";

const NOW = new Date("2025-03-10T12:00:00Z");
const at = (iso: string) => new Date(iso);
const minutesAfter = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);

describe("resolveMetricWindow", () => {
  it("defaults to the last 24 hours before now in 60-minute steps", () => {
    expect(resolveMetricWindow(null, NOW)).toEqual({ since: at("2025-03-09T12:00:00Z"), until: NOW, stepMinutes: 60 });
    expect(resolveMetricWindow({}, NOW)).toEqual(resolveMetricWindow(undefined, NOW));
  });

  it("fills the missing end from the given one", () => {
    expect(resolveMetricWindow({ since: at("2025-03-10T00:00:00Z") }, NOW)).toMatchObject({ until: NOW });
    expect(resolveMetricWindow({ until: at("2025-03-05T06:00:00Z"), stepMinutes: 15 }, NOW)).toEqual({
      since: at("2025-03-04T06:00:00Z"),
      until: at("2025-03-05T06:00:00Z"),
      stepMinutes: 15,
    });
  });

  it("accepts the limits themselves", () => {
    const since = at("2025-02-01T00:00:00Z");
    expect(() =>
      resolveMetricWindow({ since, until: at("2025-03-04T00:00:00Z"), stepMinutes: 1440 }, NOW),
    ).not.toThrow();
    expect(() =>
      resolveMetricWindow({ since, until: minutesAfter(since, 2000 * 5), stepMinutes: 5 }, NOW),
    ).not.toThrow();
    expect(() => resolveMetricWindow({ since, until: minutesAfter(since, 1), stepMinutes: 5 }, NOW)).not.toThrow();
  });

  const since = at("2025-02-01T00:00:00Z");
  it.each([
    ["since equal to until", { since, until: since }, /before until/],
    ["since after until", { since, until: minutesAfter(since, -60) }, /before until/],
    ["more than 31 days", { since, until: minutesAfter(since, 31 * 1440 + 1), stepMinutes: 1440 }, /31 days/],
    ["a step under 5 minutes", { since, until: minutesAfter(since, 60), stepMinutes: 4 }, /stepMinutes/],
    ["a step over a day", { since, until: minutesAfter(since, 60), stepMinutes: 1441 }, /stepMinutes/],
    ["a fractional step", { since, until: minutesAfter(since, 60), stepMinutes: 7.5 }, /stepMinutes/],
    ["more than 2000 points", { since, until: minutesAfter(since, 2000 * 5 + 1), stepMinutes: 5 }, /2001 buckets/],
    ["an invalid date", { since: at("soon"), until: since }, /valid dates/],
  ])("refuses %s as BAD_USER_INPUT on the window", (_, request, message) => {
    expect(() => resolveMetricWindow(request, NOW)).toThrow(message);
    expect(() => resolveMetricWindow(request, NOW)).toThrowError(
      expect.objectContaining({ extensions: { code: "BAD_USER_INPUT", field: "window" } }),
    );
  });
});

describe("metricWindowKey", () => {
  it("is equal for equal windows and differs when any part differs", () => {
    const window = resolveMetricWindow(null, NOW);
    expect(metricWindowKey(resolveMetricWindow(null, new Date(NOW)))).toBe(metricWindowKey(window));
    expect(metricWindowKey({ ...window, stepMinutes: 30 })).not.toBe(metricWindowKey(window));
    expect(metricWindowKey({ ...window, until: minutesAfter(window.until, 1) })).not.toBe(metricWindowKey(window));
  });
});
