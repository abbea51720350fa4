/**
 * The hostile-input table. `json` is the raw JSON text spliced into the request body, so values
 * JSON.stringify cannot express (±1e999, which a JSON parser reads as ±Infinity) are sent as an
 * attacker would send them. `text` marks values that are hostile to any text field too; the rest
 * (NaN, a long number, a malformed id, date or decimal as a string) are fine words in a name and
 * are sent only to non-text arguments (ids, numbers, decimals, dates, enums, booleans).
 */
export interface HostileValue {
  label: string;
  json: string;
  text: boolean;
  /** A line break: content, not an attack, in the MULTI_LINE_INPUTS. */
  lineBreak?: true;
}

const string = (label: string, value: string, text: boolean): HostileValue => ({
  label,
  json: JSON.stringify(value),
  text,
});

export const HOSTILE_VALUES: readonly HostileValue[] = [
  string("NaN", "NaN", false),
  { label: "1e999 (a JSON number)", json: "1e999", text: true },
  { label: "-1e999 (a JSON number)", json: "-1e999", text: true },
  string("1e999 as text", "1e999", false),
  string("too many digits", `1${"0".repeat(40)}`, false),
  { label: "too many digits (a JSON number)", json: `1${"0".repeat(40)}`, text: true },
  string("NUL", "a\u0000b", true),
  { ...string("newline", "a\nb", true), lineBreak: true },
  string("ESC", "a\u001b[31mb", true),
  string("U+202E", "abc\u202Etxt.exe", true),
  string("10,000 characters", "x".repeat(10_000), true),
  string("malformed id", "not-a-uuid", false),
  string("malformed id (SQL)", "' OR '1'='1", false),
  string("malformed date", "2024-13-45T25:61:00Z", false),
  string("malformed decimal", "12,50", false),
  string("malformed decimal (two points)", "1.2.3", false),
];

/** Text inputs ("mutation.input") where lines are the content: "a\nb" is a valid two-line address. */
export const MULTI_LINE_INPUTS: readonly string[] = ["updateBillingDetails.billingAddress"];

/** Text a response must never carry: SQL, bound parameters, a stack frame. */
export const LEAK =
  /\b(select|insert into|delete from|update)\b[^"]*\b(from|into|set|where|values)\b|params:|Failed query|\.(ts|js|mjs|cjs):\d+|\bstacktrace\b|\n\s+at /i;
