import { createHash, timingSafeEqual } from "node:crypto";

/**
 * PayWeb3 as PayGate documents it (docs.paygate.co.za, "Security and Checksum Validation"):
 * every message is an application/x-www-form-urlencoded list of UPPERCASE fields whose CHECKSUM
 * is the MD5 (hex) of the other fields' values concatenated in their documented order, with the
 * merchant's encryption key appended. Optional fields take part only when they are sent.
 *
 * This is the simulator's own copy: it shares no code with the wallet's client, so a mistake in
 * one cannot hide in the other. Both are tested against PayGate's published examples.
 */
export type PayWebFields = Record<string, string>;

/** PayGate's public test merchant, printed in its documentation: anyone can sign with it. */
export const PAYGATE_TEST_MERCHANT: { readonly paygateId: string; readonly encryptionKey: string } = {
  paygateId: "10011072130",
  encryptionKey: "secret",
};

/** initiate.trans request fields, in checksum order. */
export const INITIATE_FIELDS = [
  "PAYGATE_ID",
  "REFERENCE",
  "AMOUNT",
  "CURRENCY",
  "RETURN_URL",
  "TRANSACTION_DATE",
  "LOCALE",
  "COUNTRY",
  "EMAIL",
  "PAY_METHOD",
  "PAY_METHOD_DETAIL",
  "NOTIFY_URL",
  "USER1",
  "USER2",
  "USER3",
  "VAULT",
  "VAULT_ID",
] as const;

/** initiate.trans answer; the browser posts PAY_REQUEST_ID and this CHECKSUM to process.trans. */
export const INITIATE_RESPONSE_FIELDS = ["PAYGATE_ID", "PAY_REQUEST_ID", "REFERENCE"] as const;

/** query.trans request fields. */
export const QUERY_FIELDS = ["PAYGATE_ID", "PAY_REQUEST_ID", "REFERENCE"] as const;

/** The return's checksum order; the browser posts only PAY_REQUEST_ID, TRANSACTION_STATUS and CHECKSUM. */
export const RETURN_FIELDS = ["PAYGATE_ID", "PAY_REQUEST_ID", "TRANSACTION_STATUS", "REFERENCE"] as const;

/** The notify callback and a query.trans answer, in checksum order. */
export const RESULT_FIELDS = [
  "PAYGATE_ID",
  "PAY_REQUEST_ID",
  "REFERENCE",
  "TRANSACTION_STATUS",
  "RESULT_CODE",
  "AUTH_CODE",
  "CURRENCY",
  "AMOUNT",
  "RESULT_DESC",
  "TRANSACTION_ID",
  "RISK_INDICATOR",
  "PAY_METHOD",
  "PAY_METHOD_DETAIL",
  "USER1",
  "USER2",
  "USER3",
  "VAULT_ID",
  "PAYVAULT_DATA_1",
  "PAYVAULT_DATA_2",
] as const;

/** TRANSACTION_STATUS values. */
export const TransactionStatus = {
  NOT_DONE: "0",
  APPROVED: "1",
  DECLINED: "2",
  CANCELLED: "3",
  USER_CANCELLED: "4",
  RECEIVED_BY_PAYGATE: "5",
  SETTLEMENT_VOIDED: "7",
} as const;

/** MD5 over the values of `order` present in `fields`, then the key. */
export function payWebChecksum(fields: PayWebFields, order: readonly string[], encryptionKey: string): string {
  const values = order.flatMap((name) => (fields[name] === undefined ? [] : [fields[name]]));
  return createHash("md5")
    .update(values.join("") + encryptionKey, "utf8")
    .digest("hex");
}

/** The fields in documented order with CHECKSUM last, as they go on the wire. */
export function signFields(fields: PayWebFields, order: readonly string[], encryptionKey: string): PayWebFields {
  const signed: PayWebFields = {};
  for (const name of order) if (fields[name] !== undefined) signed[name] = fields[name];
  signed.CHECKSUM = payWebChecksum(fields, order, encryptionKey);
  return signed;
}

/** True when CHECKSUM matches, compared in constant time. */
export function hasValidChecksum(fields: PayWebFields, order: readonly string[], encryptionKey: string): boolean {
  const expected = Buffer.from(payWebChecksum(fields, order, encryptionKey));
  const given = Buffer.from((fields.CHECKSUM ?? "").toLowerCase());
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export const encodeFields = (fields: PayWebFields) => new URLSearchParams(fields).toString();

export const decodeFields = (body: string): PayWebFields => Object.fromEntries(new URLSearchParams(body));
