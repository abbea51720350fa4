import { describe, expect, it } from "vitest";
import { describeTopUp, mayTopUp, newIdempotencyKey, parseReceiptEmail, parseTopUpAmount } from "./wallet-rules";

describe("a typed top-up amount", () => {
  it.each([
    ["500", "500.00"],
    ["500.5", "500.50"],
    ["1 500,25", "1500.25"],
    ["R 1 000", "1000.00"],
    ["10", "10.00"],
    ["500000.00", "500000.00"],
  ])("%s is R%s", (text, amount) => {
    expect(parseTopUpAmount(text)).toEqual({ amount });
  });

  it.each([
    ["", "Enter an amount"],
    ["abc", "Enter rand and cents, e.g. 500 or 500.00"],
    ["10.001", "Enter rand and cents, e.g. 500 or 500.00"],
    ["-50", "Enter rand and cents, e.g. 500 or 500.00"],
    ["9.99", "A top-up is R10,00 to R500 000,00"],
    ["500000.01", "A top-up is R10,00 to R500 000,00"],
  ])("%s is refused: %s", (text, error) => {
    expect(parseTopUpAmount(text)).toEqual({ error });
  });
});

describe("a top-up's receipt address", () => {
  it("is trimmed and lower-cased, as the wallet keeps it", () => {
    expect(parseReceiptEmail("  Finance@Adcock.co.za ")).toEqual({ email: "finance@adcock.co.za" });
  });

  it.each(["", "finance", "finance@adcock", "Finance <finance@adcock.co.za>", "a..b@adcock.co.za"])(
    "%j is refused",
    (text) => {
      expect(parseReceiptEmail(text)).toEqual({ error: "Enter the e-mail address for the receipt" });
    },
  );
});

describe("the top-up page", () => {
  it("waits while pending and stops once PayGate's word is in", () => {
    expect(describeTopUp("PENDING", null)).toMatchObject({ title: "Payment pending", final: false });
    expect(describeTopUp("APPROVED", "Auth Done")).toMatchObject({ title: "Payment approved", final: true });
    expect(describeTopUp("DECLINED", "Insufficient Funds").detail).toBe(
      "PayGate declined the card (Insufficient Funds). Nothing was charged.",
    );
  });

  it("offers top-ups to owners, admins and billing users only", () => {
    const roles = ["OWNER", "ADMIN", "BILLING", "MEMBER", "READ_ONLY"] as const;
    expect(roles.map((role) => mayTopUp(role, "CUSTOMER"))).toEqual([true, true, true, false, false]);
    expect(roles.map((role) => mayTopUp(role, "RESELLER"))).toEqual([true, true, true, false, false]);
  });

  it("never offers a card top-up of the provider's own wallet", () => {
    expect(mayTopUp("OWNER", "PROVIDER")).toBe(false);
    expect(mayTopUp("BILLING", "PROVIDER")).toBe(false);
  });
});

describe("a top-up's idempotency key", () => {
  it("is 128 random bits in hex, different every time", () => {
    expect(newIdempotencyKey((bytes) => bytes.fill(0xab))).toBe(`top-up-${"ab".repeat(16)}`);
    expect(newIdempotencyKey()).toMatch(/^top-up-[0-9a-f]{32}$/);
    expect(newIdempotencyKey()).not.toBe(newIdempotencyKey());
  });
});
