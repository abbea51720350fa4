import { describe, expect, it } from "vitest";
import { EMAIL_MAX, isEmailAddress, normalizeEmail } from "./email-address";

describe("isEmailAddress", () => {
  it.each([
    "jane@vodacom.co.za",
    "jane.doe+cloud@vodacom.co.za",
    "ops_team-1@sub.domain.example.com",
    "o'brien@example.ie",
    "x@xn--bcher-kva.example",
  ])("accepts %s", (address) => {
    expect(isEmailAddress(address)).toBe(true);
  });

  it.each([
    ["no at sign", "jane.vodacom.co.za"],
    ["an empty local part", "@vodacom.co.za"],
    ["a domain without a dot", "jane@localhost"],
    ["a leading dot", ".jane@vodacom.co.za"],
    ["two dots in a row", "jane..doe@vodacom.co.za"],
    ["a trailing dot in the domain", "jane@vodacom.co.za."],
    ["a hyphen at a label's edge", "jane@-vodacom.co.za"],
    ["a space", "jane doe@vodacom.co.za"],
    ["two at signs", "jane@doe@vodacom.co.za"],
    ["a quoted local part", '"jane doe"@vodacom.co.za'],
    ["an IP literal", "jane@[10.0.0.1]"],
    ["a numeric top-level domain", "jane@vodacom.123"],
    ["a header injection", "jane@vodacom.co.za\r\nBcc: all@example.com"],
    ["a 65-character local part", `${"a".repeat(65)}@vodacom.co.za`],
  ])("refuses %s", (_label, address) => {
    expect(isEmailAddress(address)).toBe(false);
  });

  it("accepts 254 characters and refuses 255", () => {
    // 64 + "@" + 60 + "." + 60 + "." + 60 + "." + n + ".za" = 251 + n characters.
    const address = (n: number) =>
      `${"a".repeat(64)}@${"d".repeat(60)}.${"e".repeat(60)}.${"f".repeat(60)}.${"g".repeat(n)}.za`;
    expect(address(3)).toHaveLength(EMAIL_MAX);
    expect(isEmailAddress(address(3))).toBe(true);
    expect(isEmailAddress(address(4))).toBe(false);
  });
});

describe("normalizeEmail", () => {
  it("trims and lower-cases", () => {
    expect(normalizeEmail("  Jane.Doe@Vodacom.CO.ZA ")).toBe("jane.doe@vodacom.co.za");
  });

  it("raises BAD_USER_INPUT on the email field", () => {
    expect(() => normalizeEmail("not an address")).toThrow(
      expect.objectContaining({ extensions: { code: "BAD_USER_INPUT", field: "email" } }),
    );
  });
});
