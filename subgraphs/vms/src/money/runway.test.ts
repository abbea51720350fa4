import { describe, expect, it } from "vitest";
import { randLabel, runwayCents } from "./runway";

describe("runway amounts", () => {
  it("are the monthly total × hours / 730, rounded UP to the cent", () => {
    // R1 626.79 a month for 24 h: 3 904 296 / 730 = 5 348.35… cents → 5 349 (half-up would give 5 348).
    expect(runwayCents(162_679n, 24)).toBe(5_349n);
    // Exactly divisible: R730.00 a month is R1.00 an hour, nothing to round.
    expect(runwayCents(73_000n, 24)).toBe(2_400n);
    // One hundredth of a cent over still costs a whole cent.
    expect(runwayCents(1n, 1)).toBe(1n);
    expect(runwayCents(162_679n, 720)).toBe(160_451n); // 117 128 880 / 730 = 160 450.52…
  });

  it("are zero for nothing or less, and refuse a runway that is not whole positive hours", () => {
    expect(runwayCents(0n, 24)).toBe(0n);
    expect(runwayCents(-500n, 24)).toBe(0n);
    for (const hours of [0, -1, 1.5, Number.NaN]) expect(() => runwayCents(100n, hours)).toThrow(RangeError);
  });

  it("read as rand", () => {
    expect(randLabel(1_240n)).toBe("R 12.40");
    expect(randLabel(5n)).toBe("R 0.05");
  });
});
