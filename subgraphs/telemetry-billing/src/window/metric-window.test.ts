import { describe, expect, it } from "vitest";
import { bucketCount, MetricWindowPreset, metricWindowKey, resolveMetricWindow } from "./metric-window";

const NOW = new Date("2025-03-10T12:07:30Z");
const at = (iso: string) => new Date(iso);
const minutesAfter = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);

describe("resolveMetricWindow", () => {
  it("defaults to LAST_DAY: 24 hourly buckets ending with the hour that holds now", () => {
    expect(resolveMetricWindow(null, NOW)).toEqual({
      since: at("2025-03-09T13:00:00Z"),
      until: at("2025-03-10T13:00:00Z"),
      stepMinutes: 60,
    });
    expect(resolveMetricWindow({}, NOW)).toEqual(resolveMetricWindow(undefined, NOW));
  });

  it.each([
    [MetricWindowPreset.LAST_HOUR, "2025-03-10T11:10:00Z", "2025-03-10T12:10:00Z", 5, 12],
    [MetricWindowPreset.LAST_WEEK, "2025-03-03T14:00:00Z", "2025-03-10T14:00:00Z", 120, 84],
    [MetricWindowPreset.LAST_MONTH, "2025-02-09T00:00:00Z", "2025-03-11T00:00:00Z", 1440, 30],
  ])("%s ends at the step boundary after now", (preset, since, until, stepMinutes, buckets) => {
    const window = resolveMetricWindow({ preset }, NOW);
    expect(window).toEqual({ since: at(since), until: at(until), stepMinutes });
    expect(bucketCount(window)).toBe(buckets);
  });

  it("a preset takes another step and keeps its span", () => {
    expect(resolveMetricWindow({ preset: MetricWindowPreset.LAST_DAY, stepMinutes: 30 }, NOW)).toEqual({
      since: at("2025-03-09T12:30:00Z"),
      until: at("2025-03-10T12:30:00Z"),
      stepMinutes: 30,
    });
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
    const since = at("2024-02-01T00:00:00Z");
    expect(() =>
      resolveMetricWindow({ since, until: minutesAfter(since, 400 * 1440), stepMinutes: 1440 }, NOW),
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
    ["more than 400 days", { since, until: minutesAfter(since, 400 * 1440 + 1), stepMinutes: 1440 }, /400 days/],
    ["a step under 5 minutes", { since, until: minutesAfter(since, 60), stepMinutes: 4 }, /stepMinutes/],
    ["a step over a day", { since, until: minutesAfter(since, 60), stepMinutes: 1441 }, /stepMinutes/],
    ["a fractional step", { since, until: minutesAfter(since, 60), stepMinutes: 7.5 }, /stepMinutes/],
    ["more than 2000 buckets", { since, until: minutesAfter(since, 2000 * 5 + 1), stepMinutes: 5 }, /2001 buckets/],
    ["LAST_MONTH in 5-minute steps", { preset: MetricWindowPreset.LAST_MONTH, stepMinutes: 5 }, /8640 buckets/],
    ["a preset with since", { preset: MetricWindowPreset.LAST_DAY, since }, /either a preset/],
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
