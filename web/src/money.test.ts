import { describe, expect, it } from "vitest";
import { formatMoney, sumDecimals, sumMoney, toMinorUnits } from "./money";

/** Intl separates groups and the symbol with no-break spaces; compare with plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("toMinorUnits", () => {
  it("pads and rounds half away from zero", () => {
    expect(toMinorUnits("1.005")).toBe(101n);
    expect(toMinorUnits("1.004")).toBe(100n);
    expect(toMinorUnits("-1.005")).toBe(-101n);
    expect(toMinorUnits("12")).toBe(1200n);
    expect(toMinorUnits("0.5")).toBe(50n);
  });

  it("refuses what is not a plain decimal, as the subgraphs do", () => {
    for (const bad of ["", "1e3", "1,50", "+7"]) {
      expect(() => toMinorUnits(bad), bad).toThrow(/Not a decimal/);
    }
  });
});

describe("sumDecimals", () => {
  it("is exact where floating point is not", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumDecimals(["0.1", "0.2"])).toBe("0.30");
    expect(sumDecimals(Array.from({ length: 1000 }, () => "0.01"))).toBe("10.00");
  });

  it("keeps the largest scale and handles negatives", () => {
    expect(sumDecimals(["1.5", "2.125", "-0.625"])).toBe("3.000");
    expect(sumDecimals(["-10.00", "2.50"])).toBe("-7.50");
    expect(sumDecimals(["-0.25", "0.05"])).toBe("-0.20");
  });

  it("is zero for an empty list", () => {
    expect(sumDecimals([])).toBe("0.00");
  });

  it("stays exact beyond Number.MAX_SAFE_INTEGER", () => {
    expect(sumDecimals(["9007199254740993.01", "0.01"])).toBe("9007199254740993.02");
  });
});

describe("sumMoney", () => {
  it("sums per currency and never across currencies", () => {
    expect(
      sumMoney([
        { amount: "100.10", currency: "ZAR" },
        { amount: "5.00", currency: "USD" },
        { amount: "0.90", currency: "ZAR" },
      ]),
    ).toEqual([
      { amount: "101.00", currency: "ZAR" },
      { amount: "5.00", currency: "USD" },
    ]);
  });
});

describe("formatMoney", () => {
  it("formats rand the South African way", () => {
    expect(plain(formatMoney("25000", "ZAR"))).toBe("R 25 000,00");
    expect(plain(formatMoney("1234.5", "ZAR"))).toBe("R 1 234,50");
    expect(plain(formatMoney("0", "ZAR"))).toBe("R 0,00");
  });

  it("puts the sign in front, also when the whole part is zero", () => {
    expect(plain(formatMoney("-1234.56", "ZAR"))).toBe("-R 1 234,56");
    expect(plain(formatMoney("-0.50", "ZAR"))).toBe("-R 0,50");
  });

  it("keeps every digit of large amounts", () => {
    expect(plain(formatMoney("123456789012345678.99", "ZAR"))).toBe("R 123 456 789 012 345 678,99");
    expect(plain(formatMoney("-9007199254740993.07", "ZAR"))).toBe("-R 9 007 199 254 740 993,07");
  });

  it("rounds extra fraction digits half away from zero", () => {
    expect(plain(formatMoney("10.005", "ZAR"))).toBe("R 10,01");
    expect(plain(formatMoney("-10.005", "ZAR"))).toBe("-R 10,01");
    expect(plain(formatMoney("0.004", "ZAR"))).toBe("R 0,00");
  });

  it("follows the currency's own number of fraction digits", () => {
    expect(plain(formatMoney("1234.5", "USD"))).toBe("US$1 234,50");
    expect(plain(formatMoney("1234.5", "JPY"))).toBe("JP¥1 235");
  });
});
