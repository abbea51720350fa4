import { describe, expect, it } from "vitest";
import { describeTimeZone, shortTimeZone, timeAxisLabels } from "./axis-time";

const ZONE = "Africa/Johannesburg";
const at = (iso: string) => Date.parse(iso) / 1000;
const plain = (labels: string[]) => labels.map((label) => label.replace(/\s/g, " "));

describe("timeAxisLabels", () => {
  it("gives the time of day within a day's window, in the viewer's zone", () => {
    const splits = [at("2026-11-22T04:00:00Z"), at("2026-11-22T10:00:00Z")];
    expect(timeAxisLabels(splits, 6 * 3600, 86_400, ZONE)).toEqual(["06:00", "12:00"]);
  });

  it("gives dates for ticks a day apart", () => {
    const splits = [at("2026-11-20T22:00:00Z"), at("2026-11-21T22:00:00Z")];
    expect(plain(timeAxisLabels(splits, 86_400, 7 * 86_400, ZONE))).toEqual(["21 Nov", "22 Nov"]);
  });

  it("marks midnight with its date over a longer window whose ticks fall inside the day", () => {
    const splits = [at("2026-11-21T10:00:00Z"), at("2026-11-21T22:00:00Z"), at("2026-11-22T10:00:00Z")];
    expect(plain(timeAxisLabels(splits, 12 * 3600, 7 * 86_400, ZONE))).toEqual(["12:00", "22 Nov", "12:00"]);
  });
});

describe("the time zone named beside the charts", () => {
  it("names the zone and its short name, once when they are the same", () => {
    expect(describeTimeZone(ZONE)).toBe("Africa/Johannesburg (SAST)");
    expect(describeTimeZone("UTC")).toBe("UTC");
    expect(shortTimeZone(ZONE)).toBe("SAST");
  });
});
