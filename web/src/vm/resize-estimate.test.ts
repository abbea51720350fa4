import { describe, expect, it } from "vitest";
import { formatDifference, monthlyDifference } from "./resize-estimate";

const zar = (amount: string) => ({ amount, currency: "ZAR" });
const plain = (text: string) => text.replace(/\s/g, " ");

describe("a resize's monthly difference", () => {
  it("is exact and signed", () => {
    expect(monthlyDifference(zar("4092.40"), zar("4604.4"))).toEqual(zar("512.00"));
    expect(plain(formatDifference(monthlyDifference(zar("4092.40"), zar("4604.40"))))).toBe("+R 512,00");
    expect(plain(formatDifference(monthlyDifference(zar("1000.10"), zar("743.60"))))).toBe("-R 256,50");
    expect(plain(formatDifference(monthlyDifference(zar("99.99"), zar("99.99"))))).toBe("R 0,00");
  });

  it("keeps every cent of large amounts", () => {
    expect(monthlyDifference(zar("9007199254740993.01"), zar("9007199254740993.02"))).toEqual(zar("0.01"));
  });
});
