import { describe, expect, it } from "vitest";
import { CRITICAL_RUNWAY_DAYS, describeRunway, LOW_RUNWAY_DAYS } from "./wallet-runway";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("describeRunway", () => {
  it("says how many days the balance lasts at the daily usage", () => {
    const view = describeRunway(28.24, "R 161,30");
    expect(view.level).toBe("ok");
    expect(plain(view.text)).toBe("Lasts about 28,2 days at R 161,30 a day");
  });

  it("warns under two weeks and loudly under three days, each limit itself on the quieter side", () => {
    expect(describeRunway(LOW_RUNWAY_DAYS, "R 1").level).toBe("ok");
    expect(describeRunway(LOW_RUNWAY_DAYS - 0.1, "R 1").level).toBe("low");
    expect(describeRunway(CRITICAL_RUNWAY_DAYS, "R 1").level).toBe("low");
    expect(describeRunway(CRITICAL_RUNWAY_DAYS - 0.1, "R 1").level).toBe("critical");
  });

  it("says nothing is left rather than a negative number of days", () => {
    expect(describeRunway(0, "R 797,32")).toEqual({
      level: "critical",
      text: "Nothing left for usage of R 797,32 a day",
    });
    expect(describeRunway(-2, "R 797,32").level).toBe("critical");
  });

  it("does not invent a runway before any usage was charged", () => {
    expect(describeRunway(null, "R 0,00")).toEqual({ level: "unknown", text: "No usage charged yet" });
  });
});
