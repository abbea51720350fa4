import { formatScaled, parseScaled } from "../money/decimal";

/** Rand as printed on a document: "R 1 234.56", "-R 12.00" (a space groups thousands). */
export const formatRand = (cents: bigint): string => formatRandAmount(formatScaled(cents, 2));

/**
 * A decimal amount of rand as printed, keeping every significant decimal it has and at least two:
 * "0.0125" → "R 0.0125", "1234.5" → "R 1 234.50" (per-hour prices need more than cents).
 */
export function formatRandAmount(amount: string): string {
  const places = Math.max(2, (amount.split(".")[1] ?? "").replace(/0+$/, "").length);
  const scaled = parseScaled(amount, places);
  const negative = scaled < 0n;
  const [whole = "0", fraction = ""] = formatScaled(negative ? -scaled : scaled, places).split(".");
  return `${negative ? "-" : ""}R ${whole.replace(/\B(?=(\d{3})+$)/g, " ")}.${fraction}`;
}

/** "0.1500" → "15%", "0.1425" → "14.25%": the rate as printed, exact (no float). */
export function formatVatPercent(rate: string): string {
  const basisPoints = parseScaled(rate, 4);
  return `${formatScaled(basisPoints, 2).replace(/\.?0+$/, "")}%`;
}

/** A date as South Africa reads it on a document, in SAST: "2024-05-31". */
export function formatDocumentDate(at: Date): string {
  // en-CA formats as YYYY-MM-DD; the time zone makes 23:30 UTC the next day in Johannesburg.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Africa/Johannesburg",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(at);
}
