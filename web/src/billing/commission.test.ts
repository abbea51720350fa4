import { describe, expect, it } from "vitest";
import { billingMonthOf, commissionInForce } from "./commission";

describe("billingMonthOf", () => {
  it("counts months in South African time", () => {
    expect(billingMonthOf(new Date("2026-11-30T21:59:59Z"))).toBe("2026-11");
    expect(billingMonthOf(new Date("2026-11-30T22:00:00Z"))).toBe("2026-12");
  });
});

describe("commissionInForce", () => {
  const set = (fromMonth: string, percent: string, setAt: string) => ({ fromMonth, percent, setAt });

  it("is none (0 %) for a reseller never given one", () => {
    expect(commissionInForce([], "2026-11")).toEqual({ current: null, upcoming: [] });
  });

  it("takes the latest month that applies, and its newest setting", () => {
    const settings = [
      set("2027-01", "15.00", "2026-11-10T00:00:00Z"),
      set("2026-11", "12.50", "2026-11-05T00:00:00Z"),
      set("2026-11", "11.00", "2026-11-01T00:00:00Z"),
      set("2026-09", "10.00", "2026-09-01T00:00:00Z"),
    ];
    const { current, upcoming } = commissionInForce(settings, "2026-11");
    expect(current?.percent).toBe("12.50");
    expect(upcoming.map((s) => s.percent)).toEqual(["15.00"]);
    expect(commissionInForce(settings, "2026-10").current?.percent).toBe("10.00");
  });

  it("lists later months soonest first, one setting each", () => {
    const settings = [
      set("2027-03", "20.00", "2026-11-10T00:00:00Z"),
      set("2027-01", "14.00", "2026-11-01T00:00:00Z"),
      set("2027-01", "15.00", "2026-11-09T00:00:00Z"),
    ];
    expect(commissionInForce(settings, "2026-11").upcoming.map((s) => `${s.fromMonth} ${s.percent}`)).toEqual([
      "2027-01 15.00",
      "2027-03 20.00",
    ]);
  });
});
