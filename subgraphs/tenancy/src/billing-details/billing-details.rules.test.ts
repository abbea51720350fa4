import { DomainError } from "@dcx/kit";
import { describe, expect, it } from "vitest";
import { cleanBillingAddress, cleanVatNumber } from "./billing-details.rules";

/** The error a rule throws, as the graph reports it. */
function refusal(rule: () => unknown) {
  try {
    rule();
  } catch (error) {
    if (error instanceof DomainError) return { message: error.message, ...error.extensions };
    throw error;
  }
  throw new Error("the rule accepted the value");
}

describe("billing address", () => {
  it.each([
    ["one line", "PO Box 1234, Rivonia, 2128", "PO Box 1234, Rivonia, 2128"],
    [
      "six lines, each trimmed, the whole trimmed",
      "\n  Building 3  \n Waterfall Corporate Campus\n74 Waterfall Drive\nWaterfall City\nMidrand\n1685 \n",
      "Building 3\nWaterfall Corporate Campus\n74 Waterfall Drive\nWaterfall City\nMidrand\n1685",
    ],
    ["400 characters", "x".repeat(400), "x".repeat(400)],
    ["400 characters as a person counts them", "🏢".repeat(400), "🏢".repeat(400)],
    ["letters of other scripts", "Kerkstraat 12\nPotchefstroom\nRepubliek van Suid-Afrika — Ñ", null],
  ])("accepts %s", (_, input, stored) => {
    expect(cleanBillingAddress(input)).toBe(stored ?? input);
  });

  it.each([
    ["null", null],
    ["nothing", undefined],
    ["blank text", "  \n \n "],
  ])("takes %s as no address", (_, input) => {
    expect(cleanBillingAddress(input)).toBeNull();
  });

  it.each([
    ["seven lines", "1\n2\n3\n4\n5\n6\n7", /1–6 lines/],
    ["401 characters", "x".repeat(401), /at most 400 characters/],
    ["six lines of 66 characters (the line breaks count too)", Array(6).fill("x".repeat(66)).join("\n"), /400/],
    ["a blank line between lines", "12 Main Road\n \nSandton", /blank lines/],
    ["a carriage return", "12 Main Road\r\nSandton", /control/],
    ["a tab", "12\tMain Road", /control/],
    ["NUL", "12 Main Road\u0000", /control/],
    ["ESC", "12 Main \u001b[31mRoad", /control/],
    ["DEL", "12 Main Road\u007f", /control/],
    ["a C1 control", "12 Main Road\u0085Sandton", /control/],
    ["a right-to-left override", "12 Main Road\u202Ednaldnas", /text-direction/],
    ["a Unicode line separator", "12 Main Road\u2028Sandton", /control/],
    ["a number", 12, /must be text/],
  ])("refuses %s, naming the field", (_, input, message) => {
    const refused = refusal(() => cleanBillingAddress(input));
    expect(refused).toMatchObject({ code: "BAD_USER_INPUT", field: "billingAddress" });
    expect(refused.message).toMatch(message);
  });
});

describe("VAT number", () => {
  it.each([
    ["ten digits starting with 4", "4123456789", "4123456789"],
    ["digits in groups", "4123 456 789", "4123456789"],
    ["spaces around", "  4 1 2 3 4 5 6 7 8 9 ", "4123456789"],
  ])("accepts %s, storing the digits", (_, input, stored) => {
    expect(cleanVatNumber(input)).toBe(stored);
  });

  it.each([
    ["null", null],
    ["nothing", undefined],
    ["blank text", "   "],
  ])("takes %s as not VAT-registered", (_, input) => {
    expect(cleanVatNumber(input)).toBeNull();
  });

  it.each([
    ["nine digits", "412345678"],
    ["eleven digits", "41234567890"],
    ["a first digit other than 4", "5123456789"],
    ["a company registration number", "2019/123456/07"],
    ["hyphens", "4123-456-789"],
    ["a country prefix", "ZA4123456789"],
    ["Arabic-Indic digits", "٤١٢٣٤٥٦٧٨٩"],
    ["a tab between groups", "4123\t456789"],
    ["a number", 4123456789],
  ])("refuses %s, naming the field", (_, input) => {
    expect(refusal(() => cleanVatNumber(input))).toMatchObject({ code: "BAD_USER_INPUT", field: "vatNumber" });
  });
});
