import { decimalPlaces, formatScaled, parseScaled } from "@dcx/kit/decimal";

const MONTH = new Intl.DateTimeFormat("en-ZA", { month: "long", year: "numeric", timeZone: "UTC" });

/** A billing month as people say it: "2026-11" → "November 2026" (anything else as given). */
export function formatBillingMonth(label: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(label);
  if (!match) return label;
  return MONTH.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)));
}

const GROUPED = new Intl.NumberFormat("en-ZA");

/**
 * An exact decimal for reading: trailing zeros dropped, thousands grouped, a decimal comma
 * ("1460.5000" → "1 460,5"). Only the whole part is grouped by Intl, as a BigInt.
 */
export function formatExactDecimal(text: string): string {
  const places = decimalPlaces(text);
  const units = parseScaled(text, places);
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(places + 1, "0");
  const whole = GROUPED.format(BigInt(digits.slice(0, digits.length - places)));
  const fraction = digits.slice(digits.length - places).replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole}${fraction ? `,${fraction}` : ""}`;
}

/** A rate given as a fraction, as a percentage: "0.1500" → "15 %", "0.155" → "15,5 %". */
export function formatFractionAsPercent(fraction: string): string {
  const places = decimalPlaces(fraction);
  return `${formatExactDecimal(formatScaled(parseScaled(fraction, places) * 100n, places))} %`;
}

/** A percentage given as such: "12.50" → "12,5 %". */
export const formatPercent = (percent: string) => `${formatExactDecimal(percent)} %`;

const BILLED_UNITS: Record<string, string> = {
  vcpu_hour: "vCPU-hours",
  gb_ram_hour: "GB-hours of RAM",
  gb_month: "GB-months",
  ip_month: "IP-months",
  gb_transfer: "GB transferred",
  instance_month: "instance-months",
  month: "months",
  core_pack_hour: "core-pack-hours",
};

/** What a bill line's quantity counts: "vcpu_hour" → "vCPU-hours" (an unknown unit as sent). */
export const billedUnitLabel = (unit: string) => BILLED_UNITS[unit] ?? unit;
