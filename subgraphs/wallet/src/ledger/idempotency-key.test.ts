import { describe, expect, it } from "vitest";
import { assertIdempotencyKey } from "./entry-request";

const refusal = (key: unknown) => {
  try {
    assertIdempotencyKey(key);
  } catch (error) {
    return (error as { extensions: Record<string, unknown> }).extensions;
  }
  return "accepted";
};
const REFUSED = { code: "BAD_USER_INPUT", field: "idempotencyKey" };

describe("assertIdempotencyKey", () => {
  it("accepts 8 and 200 characters, refuses 7 and 201", () => {
    expect(refusal("k".repeat(8))).toBe("accepted");
    expect(refusal("k".repeat(200))).toBe("accepted");
    expect(refusal("k".repeat(7))).toEqual(REFUSED);
    expect(refusal("k".repeat(201))).toEqual(REFUSED);
  });

  it("refuses control and text-direction characters and surrounding spaces: a key is taken as sent", () => {
    for (const key of ["order-\u202e-0001", "order-\u0000-0001", "order-\n-0001", " order-0001", "order-0001 "]) {
      expect(refusal(key)).toEqual(REFUSED);
    }
  });
});
