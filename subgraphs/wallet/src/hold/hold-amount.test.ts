import { describe, expect, it } from "vitest";
import { centsOf } from "./hold-amount";

const refusal = (amount: string) => {
  try {
    centsOf(amount, "amount");
  } catch (error) {
    return (error as { extensions: Record<string, unknown> }).extensions;
  }
  return "accepted";
};

describe("centsOf", () => {
  it("turns rand into cents exactly", () => {
    expect(centsOf("4092.40", "amount")).toBe(409_240n);
    expect(centsOf("-0.05", "amount")).toBe(-5n);
  });

  it("accepts the largest amount a bigint column holds and refuses one cent more, naming the field", () => {
    expect(centsOf("92233720368547758.07", "amount")).toBe(2n ** 63n - 1n);
    expect(refusal("92233720368547758.08")).toEqual({ code: "BAD_USER_INPUT", field: "amount" });
    expect(refusal("-92233720368547758.08")).toEqual({ code: "BAD_USER_INPUT", field: "amount" });
    expect(refusal("1" + "0".repeat(40))).toEqual({ code: "BAD_USER_INPUT", field: "amount" });
  });

  it("refuses a third decimal", () => {
    expect(refusal("1.001")).toEqual({ code: "BAD_USER_INPUT", field: "amount" });
  });
});
