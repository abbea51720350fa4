import { describe, expect, it } from "vitest";
import { cleanSearch, isRanked, parseVmListSearch } from "./vm-list-search";

describe("the VM list's address-bar state", () => {
  it("keeps a valid search, power filter and sort", () => {
    expect(parseVmListSearch({ q: " web ", power: "POWERED_OFF", sort: "cpu", org: "o-1" })).toEqual({
      q: "web",
      power: "POWERED_OFF",
      sort: "cpu",
    });
  });

  it("drops what the list cannot use, and leaves the defaults out", () => {
    expect(parseVmListSearch({ q: "   ", power: "ON", sort: "price" })).toEqual({});
    expect(parseVmListSearch({ q: 42, power: null, sort: "name" })).toEqual({});
  });

  it("cleans a search to what the server accepts: no control characters, at most 80 characters", () => {
    expect(cleanSearch("a\u0000b\n")).toBe("ab");
    expect(cleanSearch("x".repeat(90))).toHaveLength(80);
    expect(cleanSearch(" \t ")).toBeUndefined();
  });

  it("tells a ranking from an order by name", () => {
    expect(["name", "name-desc", "cost", "forecast", "cpu"].map((sort) => isRanked(sort as never))).toEqual([
      false,
      false,
      true,
      true,
      true,
    ]);
  });
});
