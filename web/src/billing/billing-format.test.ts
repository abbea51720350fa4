import { describe, expect, it } from "vitest";
import {
  billedUnitLabel,
  formatBillingMonth,
  formatExactDecimal,
  formatFractionAsPercent,
  formatPercent,
} from "./billing-format";

/** Intl separates groups and the zone with no-break spaces; tests read them as plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("billing formats", () => {
  it("names a billing month", () => {
    expect(formatBillingMonth("2026-11")).toBe("November 2026");
    expect(formatBillingMonth("2027-01")).toBe("January 2027");
    expect(formatBillingMonth("soon")).toBe("soon");
  });

  it("shows exact decimals without trailing zeros, grouped, with a decimal comma", () => {
    expect(plain(formatExactDecimal("730.0000"))).toBe("730");
    expect(plain(formatExactDecimal("1460.5000"))).toBe("1 460,5");
    expect(plain(formatExactDecimal("0.0417"))).toBe("0,0417");
    expect(plain(formatExactDecimal("123456789012.25"))).toBe("123 456 789 012,25");
    expect(plain(formatExactDecimal("-3.10"))).toBe("-3,1");
  });

  it("turns a VAT rate into a percentage exactly", () => {
    expect(formatFractionAsPercent("0.1500")).toBe("15 %");
    expect(formatFractionAsPercent("0.155")).toBe("15,5 %");
    expect(formatFractionAsPercent("0.0000")).toBe("0 %");
    expect(formatFractionAsPercent("1")).toBe("100 %");
    expect(formatPercent("12.50")).toBe("12,5 %");
  });

  it("says what a line's quantity counts", () => {
    expect(billedUnitLabel("vcpu_hour")).toBe("vCPU-hours");
    expect(billedUnitLabel("gb_month")).toBe("GB-months");
    expect(billedUnitLabel("furlong_fortnight")).toBe("furlong_fortnight");
  });
});
