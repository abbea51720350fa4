import { describe, expect, it } from "vitest";
import {
  describeResolution,
  formatAxisTime,
  formatDuration,
  formatMetric,
  formatUptime,
  resolutionLabel,
} from "./metric-format";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("formatMetric", () => {
  it("writes a value with one decimal at most, a decimal comma and the graph's unit", () => {
    expect(formatMetric(12.34, "%")).toBe("12,3 %");
    expect(formatMetric(7, "%")).toBe("7 %");
    expect(plain(formatMetric(12345.67, "KB/s"))).toBe("12 345,7 KB/s");
    expect(formatMetric(0, "IOPS")).toBe("0 IOPS");
  });
});

describe("resolution", () => {
  it("names the stored resolution that answered", () => {
    expect(resolutionLabel(5)).toBe("5-min samples");
    expect(resolutionLabel(30)).toBe("30-min averages");
    expect(resolutionLabel(120)).toBe("2-hour averages");
    expect(resolutionLabel(1440)).toBe("daily averages");
  });

  it("says what the chart's points were computed from when a step spans several", () => {
    expect(describeResolution(5, 5)).toBe("5-min samples");
    expect(describeResolution(1440, 1440)).toBe("daily averages");
    expect(describeResolution(60, 5)).toBe("hourly points from 5-min samples");
    expect(describeResolution(60, 30)).toBe("hourly points from 30-min averages");
    expect(describeResolution(120, 30)).toBe("2-hour points from 30-min averages");
  });
});

describe("formatAxisTime", () => {
  const instant = new Date("2026-11-22T06:30:00Z");

  it("shows the time of day within a day's window and the date beyond", () => {
    expect(formatAxisTime(instant, 60)).toMatch(/^\d{2}:\d{2}$/);
    expect(formatAxisTime(instant, 1440)).toMatch(/^\d{2}:\d{2}$/);
    expect(plain(formatAxisTime(instant, 7 * 1440))).toMatch(/^2[12] Nov$/);
  });
});

describe("formatUptime", () => {
  it("uses the two largest units", () => {
    expect(formatUptime(3 * 86_400 + 4 * 3600 + 59)).toBe("3 d 4 h");
    expect(formatUptime(5 * 3600 + 12 * 60)).toBe("5 h 12 min");
    expect(formatUptime(40 * 60 + 5)).toBe("40 min");
    expect(formatUptime(12)).toBe("under a minute");
  });
});

describe("formatDuration", () => {
  it("writes whole minutes, hours and days, leaving out a zero remainder", () => {
    expect(formatDuration(35)).toBe("35 min");
    expect(formatDuration(120)).toBe("2 h");
    expect(formatDuration(150)).toBe("2 h 30 min");
    expect(formatDuration(1440)).toBe("1 d");
    expect(formatDuration(3 * 1440 + 240)).toBe("3 d 4 h");
  });
});
