import { describe, expect, it } from "vitest";
import { parseVmDetailSearch, searchForWindow, WINDOW_CHOICES, windowChoice } from "./telemetry-windows";

describe("the chart window in the address bar", () => {
  it("offers 1 h, 24 h, 7 d and 30 d as the graph's presets", () => {
    expect(WINDOW_CHOICES.map(({ key, preset }) => [key, preset])).toEqual([
      ["1h", "LAST_HOUR"],
      ["24h", "LAST_DAY"],
      ["7d", "LAST_WEEK"],
      ["30d", "LAST_MONTH"],
    ]);
  });

  it("keeps a known window and drops the default, unknown values and other types", () => {
    expect(parseVmDetailSearch({ window: "7d" })).toEqual({ window: "7d" });
    expect(parseVmDetailSearch({ window: "30d", org: "o-1" })).toEqual({ window: "30d" });
    expect(parseVmDetailSearch({ window: "24h" })).toEqual({});
    expect(parseVmDetailSearch({ window: "2y" })).toEqual({});
    expect(parseVmDetailSearch({ window: 7 })).toEqual({});
    expect(parseVmDetailSearch({})).toEqual({});
    // Always present, so it overrides a bad raw value the router would otherwise keep.
    expect(Object.keys(parseVmDetailSearch({ window: "2y" }))).toEqual(["window"]);
  });

  it("shows 24 h when the address names no window, and leaves the default out of it", () => {
    expect(windowChoice(undefined).preset).toBe("LAST_DAY");
    expect(windowChoice("1h").preset).toBe("LAST_HOUR");
    expect(windowChoice("2y").preset).toBe("LAST_DAY");
    expect(searchForWindow("24h")).toEqual({});
    expect(searchForWindow("7d")).toEqual({ window: "7d" });
    // What the address says is what the page reads back after a reload.
    expect(windowChoice(parseVmDetailSearch({ ...searchForWindow("30d") }).window).key).toBe("30d");
  });
});
