/**
 * Exact money helpers. Amounts arrive from the graph as Decimal strings
 * ("1234.56"); they are parsed into BigInt units and never into a JavaScript
 * number, so sums and formatting are exact. The decimal arithmetic is the
 * platform's one module, shared with the subgraphs.
 */
import { decimalPlaces, formatScaled, parseScaled, rescale } from "@dcx/kit/decimal";

/** An amount with its ISO 4217 currency code, as the graph's `Money` type. */
export interface MoneyValue {
  amount: string;
  currency: string;
}

/** Exact sum of decimal strings; the result keeps the largest scale of the inputs (at least 2). */
export function sumDecimals(values: readonly string[]): string {
  const scale = Math.max(2, ...values.map(decimalPlaces));
  const units = values.reduce((total, value) => total + parseScaled(value, scale), 0n);
  return formatScaled(units, scale);
}

/** Integer minor units (cents for ZAR) of a decimal string, rounded half away from zero. */
export function toMinorUnits(amount: string, fractionDigits = 2): bigint {
  const places = decimalPlaces(amount);
  return rescale(parseScaled(amount, places), places, fractionDigits);
}

/** Sums amounts per currency, in order of first appearance; never adds across currencies. */
export function sumMoney(items: readonly MoneyValue[]): MoneyValue[] {
  const byCurrency = new Map<string, string[]>();
  for (const { amount, currency } of items) {
    const amounts = byCurrency.get(currency) ?? [];
    amounts.push(amount);
    byCurrency.set(currency, amounts);
  }
  return [...byCurrency].map(([currency, amounts]) => ({ currency, amount: sumDecimals(amounts) }));
}

const formatters = new Map<string, Intl.NumberFormat>();

function currencyFormatter(currency: string): Intl.NumberFormat {
  let formatter = formatters.get(currency);
  if (!formatter) {
    formatter = new Intl.NumberFormat("en-ZA", { style: "currency", currency });
    formatters.set(currency, formatter);
  }
  return formatter;
}

const NUMBER_PART_TYPES = new Set<string>(["integer", "group", "decimal", "fraction"]);

/**
 * Formats a Decimal string as currency in the South African convention
 * ("R 25 000,00"). Intl only ever sees BigInt values, so no digit is lost:
 * the whole part is grouped by Intl and the fraction digits are spliced in.
 */
export function formatMoney(amount: string, currency: string): string {
  const formatter = currencyFormatter(currency);
  const fractionDigits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  const minor = toMinorUnits(amount, fractionDigits);
  const negative = minor < 0n;
  const magnitude = negative ? -minor : minor;
  const base = 10n ** BigInt(fractionDigits);
  const fraction = (magnitude % base).toString().padStart(fractionDigits, "0");

  const numberText = formatter
    .formatToParts(magnitude / base)
    .filter((part) => NUMBER_PART_TYPES.has(part.type))
    .map((part) => (part.type === "fraction" ? fraction : part.value))
    .join("");

  // The sign, symbol and spacing come from a template of the same sign, so
  // "-R 0,50" is right even though the whole part (0) carries no sign itself.
  let inserted = false;
  return formatter
    .formatToParts(negative ? -1n : 1n)
    .map((part) => {
      if (!NUMBER_PART_TYPES.has(part.type)) return part.value;
      if (inserted) return "";
      inserted = true;
      return numberText;
    })
    .join("");
}

/** Formats a `Money` value; see {@link formatMoney}. */
export function formatMoneyValue(money: MoneyValue): string {
  return formatMoney(money.amount, money.currency);
}
