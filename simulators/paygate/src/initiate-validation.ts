import { INITIATE_FIELDS, hasValidChecksum, PAYGATE_TEST_MERCHANT, type PayWebFields } from "./protocol";
import { PayGateError, type PayGateErrorCode } from "./error-codes";

export interface Merchant {
  paygateId: string;
  encryptionKey: string;
  /** Currencies the merchant may charge in; ZAR when not given. */
  currencies?: readonly string[];
}

/** PayGate's public test merchant. */
export const TEST_MERCHANT: Merchant = PAYGATE_TEST_MERCHANT;

const MANDATORY = [
  "REFERENCE",
  "AMOUNT",
  "CURRENCY",
  "RETURN_URL",
  "TRANSACTION_DATE",
  "LOCALE",
  "COUNTRY",
  "EMAIL",
] as const;

export type MerchantLookup = (paygateId: string) => Merchant | undefined;

export type Checked<T> = { ok: true; value: T } | { ok: false; error: PayGateErrorCode };

/** The merchant named by PAYGATE_ID, or the error PayGate answers when there is none. */
export function findMerchant(fields: PayWebFields, merchants: MerchantLookup): Checked<Merchant> {
  const paygateId = fields.PAYGATE_ID ?? "";
  if (!/^\d{11}$/.test(paygateId)) return { ok: false, error: PayGateError.INVALID_PAYGATE_ID };
  const merchant = merchants(paygateId);
  return merchant ? { ok: true, value: merchant } : { ok: false, error: PayGateError.PAYGATE_ID_NOT_ENABLED };
}

/** Checks an initiate.trans request in the order PayGate does: merchant, checksum, then the fields. */
export function validateInitiate(fields: PayWebFields, merchants: MerchantLookup): Checked<Merchant> {
  const merchant = findMerchant(fields, merchants);
  if (!merchant.ok) return merchant;
  if (!hasValidChecksum(fields, INITIATE_FIELDS, merchant.value.encryptionKey)) {
    return { ok: false, error: PayGateError.CHECKSUM };
  }
  const error = fieldError(fields, merchant.value);
  return error ? { ok: false, error } : merchant;
}

function fieldError(fields: PayWebFields, merchant: Merchant): PayGateErrorCode | undefined {
  if (MANDATORY.some((name) => !fields[name])) return PayGateError.MISSING_FIELD;
  const amount = fields.AMOUNT!;
  if (amount === "0") return PayGateError.AMOUNT_ZERO;
  if (!/^[1-9]\d*$/.test(amount) || !Number.isSafeInteger(Number(amount))) return PayGateError.AMOUNT_NOT_NUMBER;
  if (!(merchant.currencies ?? ["ZAR"]).includes(fields.CURRENCY!)) return PayGateError.CURRENCY;
  if (!isTransactionDate(fields.TRANSACTION_DATE!)) return PayGateError.TRANSACTION_DATE;
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(fields.EMAIL!)) return PayGateError.EMAIL;
  if (fields.PAY_METHOD && fields.PAY_METHOD !== "CC") return PayGateError.PAY_METHOD;
  const wellFormed =
    fields.REFERENCE!.length <= 110 &&
    isHttpUrl(fields.RETURN_URL!) &&
    (!fields.NOTIFY_URL || isHttpUrl(fields.NOTIFY_URL)) &&
    /^[a-z]{2}(-[a-z]{2})?$/i.test(fields.LOCALE!) &&
    /^[A-Z]{3}$/.test(fields.COUNTRY!);
  return wellFormed ? undefined : PayGateError.FORMAT;
}

/** `YYYY-MM-DD HH:MM:SS` naming a real moment (no 31 February, no 24:00:00). */
export function isTransactionDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second
  );
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}
