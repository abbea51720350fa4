import { describe, expect, it } from "vitest";
import { cleanOptionalText, cleanText } from "./clean-text";

const rule = { field: "name", label: "Name", maxLength: 10 };
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    const { code, field } = (error as { extensions: { code: string; field: string } }).extensions;
    return `${code} ${field}`;
  }
  return "accepted";
};

describe("cleanText", () => {
  it("trims and accepts text up to the limit, counting characters not UTF-16 units", () => {
    expect(cleanText("  web-01 ", rule)).toBe("web-01");
    expect(cleanText("0123456789", rule)).toBe("0123456789");
    expect(cleanText("😀".repeat(10), rule)).toBe("😀".repeat(10));
    expect(cleanText("Zoë Müller", rule)).toBe("Zoë Müller");
  });

  it("refuses one character past the limit, blank text and non-text", () => {
    expect(codeOf(() => cleanText("01234567890", rule))).toBe("BAD_USER_INPUT name");
    expect(codeOf(() => cleanText("   ", rule))).toBe("BAD_USER_INPUT name");
    expect(codeOf(() => cleanText(42, rule))).toBe("BAD_USER_INPUT name");
    expect(codeOf(() => cleanText("x".repeat(10_000), rule))).toBe("BAD_USER_INPUT name");
  });

  it.each([
    ["NUL", "a\u0000b"],
    ["newline", "a\nb"],
    ["tab", "a\tb"],
    ["ESC", "a\u001b[31mb"],
    ["DEL", "a\u007fb"],
    ["C1", "a\u0085b"],
    ["right-to-left override", "a\u202eb"],
    ["isolate", "a\u2066b"],
    ["right-to-left mark", "a\u200fb"],
  ])("refuses %s", (_name, value) => {
    expect(codeOf(() => cleanText(value, rule))).toBe("BAD_USER_INPUT name");
  });

  it("refuses a forbidden character even at the edge, where trimming would hide it", () => {
    expect(codeOf(() => cleanText("web\n", rule))).toBe("BAD_USER_INPUT name");
  });
});

describe("cleanOptionalText", () => {
  it("keeps null for absent or blank text and applies the rule otherwise", () => {
    expect(cleanOptionalText(undefined, rule)).toBeNull();
    expect(cleanOptionalText("  ", rule)).toBeNull();
    expect(cleanOptionalText(" x ", rule)).toBe("x");
    expect(codeOf(() => cleanOptionalText("a\u0000", rule))).toBe("BAD_USER_INPUT name");
  });
});
