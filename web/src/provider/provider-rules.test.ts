import { describe, expect, it } from "vitest";
import {
  formatRate,
  formatUnitPrice,
  localDateTimeToIso,
  mayManageProvider,
  newEntryKey,
  parseRandAmount,
  parseUnitPrice,
  percentToRate,
  startOfNextMonth,
} from "./provider-rules";

const plain = (text: string) => text.replace(/\s/g, " ");

describe("prices", () => {
  it("reads a unit price exactly, at the catalog's six decimals", () => {
    expect(parseUnitPrice("0,45")).toEqual({ amount: "0.450000" });
    expect(parseUnitPrice("R 1 234.123456")).toEqual({ amount: "1234.123456" });
    expect(parseUnitPrice("0.1234567")).toEqual({ problem: "Enter rand with at most 6 decimals, e.g. 0.450000" });
    expect(parseUnitPrice("-1")).toHaveProperty("problem");
    expect(parseUnitPrice("")).toEqual({ problem: "Enter the new price" });
  });

  it("shows every significant decimal of a price, and at least the cents", () => {
    expect(plain(formatUnitPrice({ amount: "0.152300", currency: "ZAR" }))).toBe("R 0,1523");
    expect(plain(formatUnitPrice({ amount: "0.420000", currency: "ZAR" }))).toBe("R 0,42");
    expect(plain(formatUnitPrice({ amount: "1234.000001", currency: "ZAR" }))).toBe("R 1 234,000001");
    expect(plain(formatUnitPrice({ amount: "5.000000", currency: "ZAR" }))).toBe("R 5,00");
  });
});

describe("VAT", () => {
  it("turns a percentage into the catalog's fraction and back", () => {
    expect(percentToRate("15")).toEqual({ rate: "0.1500" });
    expect(percentToRate("15,5 %")).toEqual({ rate: "0.1550" });
    expect(percentToRate("0")).toEqual({ rate: "0.0000" });
    expect(percentToRate("100")).toHaveProperty("problem");
    expect(percentToRate("15.555")).toHaveProperty("problem");
    expect(formatRate("0.1500")).toBe("15 %");
    expect(formatRate("0.1550")).toBe("15,5 %");
    expect(formatRate("0.1525")).toBe("15,25 %");
    expect(formatRate("0.1505")).toBe("15,05 %");
    expect(formatRate("0.0000")).toBe("0 %");
  });
});

describe("credit amounts", () => {
  it("reads rand and cents exactly; a grant must be above zero, a limit may be zero", () => {
    expect(parseRandAmount("1 000", { allowZero: false })).toEqual({ amount: "1000.00" });
    expect(parseRandAmount("R2500,5", { allowZero: false })).toEqual({ amount: "2500.50" });
    expect(parseRandAmount("0", { allowZero: false })).toEqual({ problem: "Enter an amount above R 0,00" });
    expect(parseRandAmount("0", { allowZero: true })).toEqual({ amount: "0.00" });
    expect(parseRandAmount("10.005", { allowZero: true })).toHaveProperty("problem");
    expect(parseRandAmount("", { allowZero: true })).toEqual({ problem: "Enter an amount" });
  });

  it("makes a fresh idempotency key of 128 random bits", () => {
    const key = newEntryKey("grant", (bytes) => bytes.fill(171));
    expect(key).toBe(`grant-${"ab".repeat(16)}`);
    expect(newEntryKey("grant")).not.toBe(newEntryKey("grant"));
  });
});

describe("effective dates", () => {
  it("starts a change at the next month's first moment on the local clock", () => {
    expect(startOfNextMonth(new Date(2026, 10, 22, 8, 10))).toBe("2026-12-01T00:00");
    expect(startOfNextMonth(new Date(2026, 11, 31, 23, 59))).toBe("2027-01-01T00:00");
  });

  it("turns the local time typed into an instant, and refuses anything else", () => {
    expect(localDateTimeToIso("2027-01-01T00:00")).toBe(new Date(2027, 0, 1, 0, 0).toISOString());
    expect(localDateTimeToIso("")).toBeNull();
    expect(localDateTimeToIso("2027-13-45T99:00")).toBeNull();
  });
});

describe("who manages the catalog and credit", () => {
  it("is the provider's owners and admins only", () => {
    expect(mayManageProvider("PROVIDER", "OWNER")).toBe(true);
    expect(mayManageProvider("PROVIDER", "ADMIN")).toBe(true);
    expect(mayManageProvider("PROVIDER", "BILLING")).toBe(false);
    expect(mayManageProvider("RESELLER", "OWNER")).toBe(false);
  });
});
