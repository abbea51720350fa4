import { badUserInput } from "@dcx/kit";

export const ADDRESS_MAX_LINES = 6;
export const ADDRESS_MAX_CHARACTERS = 400;

// Cc (C0 but the line feed, DEL, C1), the bidirectional formatting characters the kit's cleanText
// refuses too, and the Unicode line and paragraph separators (a line break "\n" would not count):
// an address is printed on tax invoices exactly as stored.
const FORBIDDEN_IN_ADDRESS =
  // eslint-disable-next-line no-control-regex -- finding control characters is this rule's purpose
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

/** A South African VAT number: ten digits, the first a 4 (VAT Act registration numbers). */
const SA_VAT_NUMBER = /^4\d{9}$/;

const isBlank = (value: unknown) => typeof value === "string" && value.trim() === "";

/**
 * A billing address as a tax invoice prints it: 1–6 lines separated by "\n", each trimmed and
 * none blank, at most 400 characters in all (counted as a person counts them), no control or
 * text-direction characters but the line break. Null, or blank text, means no address.
 */
export function cleanBillingAddress(value: unknown): string | null {
  if (value === null || value === undefined || isBlank(value)) return null;
  if (typeof value !== "string") throw badUserInput("Billing address must be text", "billingAddress");
  if (FORBIDDEN_IN_ADDRESS.test(value)) {
    throw badUserInput(
      "Billing address must not contain control or text-direction characters (line breaks excepted)",
      "billingAddress",
    );
  }
  const lines = value
    .trim()
    .split("\n")
    .map((line) => line.trim());
  if (lines.some((line) => line === "")) {
    throw badUserInput("Billing address must not contain blank lines", "billingAddress");
  }
  if (lines.length > ADDRESS_MAX_LINES) {
    throw badUserInput(`Billing address must be 1–${ADDRESS_MAX_LINES} lines`, "billingAddress");
  }
  const address = lines.join("\n");
  if ([...address].length > ADDRESS_MAX_CHARACTERS) {
    throw badUserInput(`Billing address must be at most ${ADDRESS_MAX_CHARACTERS} characters`, "billingAddress");
  }
  return address;
}

/**
 * A South African VAT number, stored as its ten digits: spaces people type between groups
 * ("4123 456 789") are dropped, anything else that is not a digit is refused. Null, or blank
 * text, means not VAT-registered.
 */
export function cleanVatNumber(value: unknown): string | null {
  if (value === null || value === undefined || isBlank(value)) return null;
  if (typeof value !== "string") throw badUserInput("VAT number must be text", "vatNumber");
  const digits = value.trim().replace(/ /g, "");
  if (!SA_VAT_NUMBER.test(digits)) {
    throw badUserInput("VAT number must be 10 digits starting with 4 (a South African VAT number)", "vatNumber");
  }
  return digits;
}
