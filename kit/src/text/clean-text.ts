import { badUserInput } from "../errors";

/**
 * The one rule for names and other free text a person types: trimmed, at least `minLength` and
 * at most `maxLength` characters, and free of control characters (NUL, newline, ESC, …) and of
 * the invisible bidirectional controls that can make "txt.exe" look like "exe.txt" (U+202A–U+202E,
 * U+2066–U+2069, U+200E/U+200F). Anything else is `BAD_USER_INPUT` naming the field; nothing is
 * silently stripped, so what is stored is what the person sees.
 */
export interface TextRule {
  /** The input path named in the error, e.g. `name` or `disks[1].label`. */
  field: string;
  /** How the message names the value, e.g. "VM name". */
  label: string;
  maxLength: number;
  /** 1 by default: blank text is refused. */
  minLength?: number;
}

// Cc (C0, DEL, C1) plus the bidirectional formatting characters.
// eslint-disable-next-line no-control-regex -- finding control characters is this rule's purpose
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

export function cleanText(value: unknown, rule: TextRule): string {
  const { field, label, maxLength, minLength = 1 } = rule;
  if (typeof value !== "string") throw badUserInput(`${label} must be text`, field);
  if (FORBIDDEN.test(value)) {
    throw badUserInput(`${label} must not contain control or text-direction characters`, field);
  }
  const text = value.trim();
  // Length in characters as a person counts them (code points), not UTF-16 units.
  const length = [...text].length;
  if (length < minLength || length > maxLength) {
    throw badUserInput(
      minLength > 0
        ? `${label} must be ${minLength}–${maxLength} characters`
        : `${label} must be at most ${maxLength} characters`,
      field,
    );
  }
  return text;
}

/** `cleanText` for optional text: null/undefined stay null, blank becomes null. */
export function cleanOptionalText(value: unknown, rule: Omit<TextRule, "minLength">): string | null {
  if (value === null || value === undefined) return null;
  const text = cleanText(value, { ...rule, minLength: 0 });
  return text === "" ? null : text;
}
