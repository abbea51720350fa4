/** Invoice numbers: `<prefix>-<year>-<6 digits>`, counted per issuer and year of the billing month. */
export const formatInvoiceNumber = (prefix: string, year: number, sequence: number) =>
  `${prefix}-${year}-${String(sequence).padStart(6, "0")}`;

/** The provider's prefix unless configured otherwise (`BILLING_PROVIDER_INVOICE_PREFIX`). */
export const DEFAULT_PROVIDER_PREFIX = "DCX";
const MAX_PREFIX = 8;

/**
 * Prefixes to try for a reseller, best first: the letters and digits of its name, upper case (at
 * most 8), then the same with 2, 3… appended when another issuer holds it already.
 */
export function prefixCandidates(name: string): string[] {
  const base = name
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]/g, "")
    .toUpperCase()
    .slice(0, MAX_PREFIX);
  const stem = base || "INV";
  return [stem, ...Array.from({ length: 98 }, (_, index) => `${stem}${index + 2}`)];
}

/** A prefix an operator may configure: 1–8 capital letters or digits. */
export const isValidPrefix = (prefix: string) => /^[A-Z0-9]{1,8}$/.test(prefix);
