import { describe, expect, it } from "vitest";
import { decimalPlaces, divideRoundHalfUp, formatScaled, parseScaled, rescale } from "./decimal";

describe("parseScaled", () => {
  it("parses whole, fractional and negative amounts exactly", () => {
    expect(parseScaled("123.45", 2)).toBe(12345n);
    expect(parseScaled("0.35", 6)).toBe(350000n);
    expect(parseScaled("-7", 2)).toBe(-700n);
    expect(parseScaled("1.500000", 2)).toBe(150n);
  });
  it("rejects text that is not a decimal or has too many places", () => {
    expect(() => parseScaled("1e3", 2)).toThrow(RangeError);
    expect(() => parseScaled("1.005", 2)).toThrow(/more than 2 decimal places/);
    expect(() => parseScaled("", 2)).toThrow(RangeError);
  });
  it("handles amounts beyond the float range without loss", () => {
    expect(parseScaled("90071992547409.93", 2)).toBe(9007199254740993n);
  });
});

describe("decimalPlaces", () => {
  it("counts the fraction digits as written, trailing zeros included", () => {
    expect(decimalPlaces("0.1500")).toBe(4);
    expect(decimalPlaces("-12.5")).toBe(1);
    expect(decimalPlaces(" 12 ")).toBe(0);
  });
  it("rejects what parseScaled rejects", () => {
    for (const bad of ["", "abc", "1e3", "1.2.3", "1,50", ".5", "+7", "NaN"]) {
      expect(() => decimalPlaces(bad), bad).toThrow(RangeError);
    }
  });
});

describe("formatScaled", () => {
  it("formats cents with a leading zero and sign", () => {
    expect(formatScaled(12345n, 2)).toBe("123.45");
    expect(formatScaled(5n, 2)).toBe("0.05");
    expect(formatScaled(-5n, 2)).toBe("-0.05");
    expect(formatScaled(0n, 2)).toBe("0.00");
    expect(formatScaled(42n, 0)).toBe("42");
  });
});

describe("divideRoundHalfUp", () => {
  it("rounds halves away from zero", () => {
    expect(divideRoundHalfUp(5n, 10n)).toBe(1n);
    expect(divideRoundHalfUp(4n, 10n)).toBe(0n);
    expect(divideRoundHalfUp(-5n, 10n)).toBe(-1n);
    expect(divideRoundHalfUp(15n, 10n)).toBe(2n);
    expect(divideRoundHalfUp(25n, 10n)).toBe(3n);
  });
  it("refuses to divide by zero", () => {
    expect(() => divideRoundHalfUp(1n, 0n)).toThrow(RangeError);
  });
});

describe("rescale", () => {
  it("reduces micro-rand to cents, rounding half up", () => {
    expect(rescale(1_234_565n, 6, 2)).toBe(123n);
    expect(rescale(1_235_000n, 6, 2)).toBe(124n);
    expect(rescale(12n, 2, 6)).toBe(120000n);
  });
});
