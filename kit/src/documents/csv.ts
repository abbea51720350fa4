/**
 * CSV as RFC 4180 writes it (CRLF between records, fields quoted when they hold a comma, a quote
 * or a line break, quotes doubled), safe to open in a spreadsheet: a field that would start a
 * formula (= + - @, tab or carriage return, as OWASP lists them) is prefixed with an apostrophe,
 * so a name like `=HYPERLINK(…)` shows as text and never runs. Plain numbers, negative ones
 * included, are left as they are: a spreadsheet reads them as numbers, not formulas.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string): string {
  const defused = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(defused) ? `"${defused.replaceAll('"', '""')}"` : defused;
}
