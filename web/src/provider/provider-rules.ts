import { formatScaled, parseScaled } from "@dcx/kit/decimal";
import type { ProductUnit, UserRole } from "../gql/graphql";
import { formatMoney, type MoneyValue } from "../money";

/** The catalog's and the wallet's provider mutations accept the provider's owners and admins only. */
export const mayManageProvider = (ownKind: string, role: UserRole) =>
  ownKind === "PROVIDER" && (role === "OWNER" || role === "ADMIN");

/** Typed money without spaces, a leading "R" or a decimal comma: "R 1 500,50" → "1500.50". */
const compact = (text: string) =>
  text
    .replace(/[\s\u00a0]/g, "")
    .replace(/^R/i, "")
    .replace(",", ".");

/** A unit price as the catalog keeps it (rand excl. VAT, six decimals): "0,45" → "0.450000". */
export function parseUnitPrice(text: string): { amount: string } | { problem: string } {
  const value = compact(text);
  if (!value) return { problem: "Enter the new price" };
  if (!/^\d{1,12}(\.\d{1,6})?$/.test(value)) return { problem: "Enter rand with at most 6 decimals, e.g. 0.450000" };
  return { amount: formatScaled(parseScaled(value, 6), 6) };
}

/** A rand amount with cents: "1 000" → "1000.00"; a grant must be more than zero, a limit may be zero. */
export function parseRandAmount(
  text: string,
  { allowZero }: { allowZero: boolean },
): { amount: string } | { problem: string } {
  const value = compact(text);
  if (!value) return { problem: "Enter an amount" };
  if (!/^\d{1,12}(\.\d{1,2})?$/.test(value)) return { problem: "Enter rand and cents, e.g. 1000 or 1000.50" };
  const cents = parseScaled(value, 2);
  if (cents === 0n && !allowZero) return { problem: "Enter an amount above R 0,00" };
  return { amount: formatScaled(cents, 2) };
}

/** A VAT rate typed in percent as the catalog's fraction: "15" → "0.1500", "15,5" → "0.1550". */
export function percentToRate(text: string): { rate: string } | { problem: string } {
  const value = compact(text).replace(/%$/, "");
  if (!/^\d{1,2}(\.\d{1,2})?$/.test(value)) return { problem: "Enter a percentage from 0 to 99.99, e.g. 15" };
  return { rate: formatScaled(parseScaled(value, 2), 4) };
}

/** The catalog's fraction in percent, as South Africans write it: "0.1500" → "15 %", "0.1550" → "15,5 %". */
export function formatRate(rate: string): string {
  const basisPoints = parseScaled(rate, 4);
  const whole = basisPoints / 100n;
  const fraction = (basisPoints % 100n).toString().padStart(2, "0").replace(/0+$/, "");
  return `${whole}${fraction ? `,${fraction}` : ""} %`;
}

/** A unit price with every significant decimal (at least cents): "0.152300" → "R 0,1523". */
export function formatUnitPrice(price: MoneyValue): string {
  const [whole = "0", fraction = ""] = price.amount.split(".");
  const digits = fraction.replace(/0+$/, "").padEnd(2, "0");
  return formatMoney(`${whole}.00`, price.currency).replace(/00$/, digits);
}

const UNIT_LABELS: Record<ProductUnit, string> = {
  VCPU_HOUR: "per vCPU-hour",
  GB_RAM_HOUR: "per GB of RAM per hour",
  GB_MONTH: "per GB per month",
  IP_MONTH: "per IP per month",
  GB_TRANSFER: "per GB transferred",
  INSTANCE_MONTH: "per VM per month",
  MONTH: "per month",
  CORE_PACK_HOUR: "per 2-core pack per hour",
};

export const productUnitLabel = (unit: ProductUnit) => UNIT_LABELS[unit];

const pad = (value: number) => String(value).padStart(2, "0");

/** The first moment of next month on the local clock, as a `datetime-local` input takes it. */
export function startOfNextMonth(now: Date): string {
  const next = new Date(now.getFullYear(), now.getMonth() + 1, 1);
  return `${next.getFullYear()}-${pad(next.getMonth() + 1)}-01T00:00`;
}

/** A `datetime-local` value (the browser's zone) as an instant for the graph; null when unreadable. */
export function localDateTimeToIso(text: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(text)) return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * A fresh idempotency key for a wallet entry: 128 random bits as hex. `getRandomValues` works on
 * any page (`randomUUID` only on secure ones).
 */
export function newEntryKey(
  prefix: string,
  random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b),
) {
  return `${prefix}-${Array.from(random(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, "0")).join("")}`;
}
