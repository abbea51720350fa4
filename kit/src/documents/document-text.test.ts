import { describe, expect, it } from "vitest";
import { formatDocumentDate, formatRand, formatRandAmount, formatVatPercent } from "./document-text";

describe("document text", () => {
  it.each([
    [0n, "R 0.00"],
    [5n, "R 0.05"],
    [123456n, "R 1 234.56"],
    [100000000n, "R 1 000 000.00"],
    [-1200n, "-R 12.00"],
  ])("prints %s cents as %s", (cents, text) => {
    expect(formatRand(cents)).toBe(text);
  });

  it("prints a unit price with every decimal it needs, at least two", () => {
    expect(formatRandAmount("0.420000")).toBe("R 0.42");
    expect(formatRandAmount("0.0125")).toBe("R 0.0125");
    expect(formatRandAmount("1234.5")).toBe("R 1 234.50");
    expect(formatRandAmount("980")).toBe("R 980.00");
  });

  it("prints VAT rates exactly", () => {
    expect(formatVatPercent("0.1500")).toBe("15%");
    expect(formatVatPercent("0.1425")).toBe("14.25%");
    expect(formatVatPercent("0.1450")).toBe("14.5%");
    expect(formatVatPercent("0.1000")).toBe("10%");
    expect(formatVatPercent("0")).toBe("0%");
  });

  it("prints dates in South African time", () => {
    expect(formatDocumentDate(new Date("2024-05-31T21:59:59Z"))).toBe("2024-05-31");
    expect(formatDocumentDate(new Date("2024-05-31T22:00:00Z"))).toBe("2024-06-01");
  });
});
