import { randomInt, randomUUID } from "node:crypto";
import {
  RESULT_FIELDS,
  RETURN_FIELDS,
  TransactionStatus,
  payWebChecksum,
  signFields,
  type PayWebFields,
} from "./protocol";
import { CARD_OUTCOMES, USER_CANCELLED, maskCardNumber, resolveCard, type CardBrand } from "./test-cards";

/** What the card holder did on the payment page. */
export type PaymentChoice = { card: string } | { cancel: true };

export interface Settlement {
  transactionStatus: string;
  resultCode: string;
  resultDesc: string;
  /** Six characters when approved, empty otherwise. */
  authCode: string;
  /** Numeric string. */
  transactionId: string;
  riskIndicator: "AX" | "NX";
  /** "CC", or empty when the card holder cancelled. */
  payMethod: string;
  payMethodDetail: CardBrand | "";
  /** Masked card number, e.g. "400000******0002"; empty when cancelled. */
  maskedCard: string;
  settledAt: Date;
  /** Set when the merchant asked to vault the card (VAULT=1) and the payment was approved. */
  vault?: { vaultId: string; maskedCard: string; expiry: string };
}

export interface Transaction {
  payRequestId: string;
  paygateId: string;
  /** The initiate.trans fields as received, without CHECKSUM. */
  request: Readonly<PayWebFields>;
  initiatedAt: Date;
  settlement?: Settlement;
}

/** Upper-case GUID, as PayGate issues them. */
export const newPayRequestId = () => randomUUID().toUpperCase();

let lastTransactionId = randomInt(100_000_000, 900_000_000);

/** The outcome of `choice`; the simulator applies it to a transaction once. */
export function settlementFor(choice: PaymentChoice, now = new Date()): Settlement {
  const transactionId = String(++lastTransactionId);
  if ("cancel" in choice) {
    return {
      transactionStatus: USER_CANCELLED.transactionStatus,
      resultCode: USER_CANCELLED.resultCode,
      resultDesc: USER_CANCELLED.resultDesc,
      authCode: "",
      transactionId,
      riskIndicator: "NX",
      payMethod: "",
      payMethodDetail: "",
      maskedCard: "",
      settledAt: now,
    };
  }
  const card = resolveCard(choice.card);
  const result = CARD_OUTCOMES[card.outcome];
  const approved = card.outcome === "approved";
  return {
    transactionStatus: result.transactionStatus,
    resultCode: result.resultCode,
    resultDesc: result.resultDesc,
    authCode: approved ? newAuthCode() : "",
    transactionId,
    riskIndicator: approved ? "AX" : "NX",
    payMethod: "CC",
    payMethodDetail: card.brand,
    maskedCard: maskCardNumber(card.number),
    settledAt: now,
  };
}

function newAuthCode(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
  return Array.from({ length: 6 }, () => alphabet[randomInt(alphabet.length)]).join("");
}

/**
 * RESULT_FIELDS of `transaction`, every one present (empty when it has no value), signed: the
 * body of the notify callback and of a query.trans answer. Unsettled: TRANSACTION_STATUS 0.
 */
export function resultMessage(transaction: Transaction, encryptionKey: string): PayWebFields {
  const { request, settlement } = transaction;
  const values: PayWebFields = {
    PAYGATE_ID: transaction.paygateId,
    PAY_REQUEST_ID: transaction.payRequestId,
    REFERENCE: request.REFERENCE ?? "",
    TRANSACTION_STATUS: settlement?.transactionStatus ?? TransactionStatus.NOT_DONE,
    RESULT_CODE: settlement?.resultCode ?? "",
    AUTH_CODE: settlement?.authCode ?? "",
    CURRENCY: request.CURRENCY ?? "",
    AMOUNT: request.AMOUNT ?? "",
    RESULT_DESC: settlement?.resultDesc ?? "",
    TRANSACTION_ID: settlement?.transactionId ?? "",
    RISK_INDICATOR: settlement?.riskIndicator ?? "",
    PAY_METHOD: settlement?.payMethod ?? "",
    PAY_METHOD_DETAIL: settlement?.payMethodDetail ?? "",
    USER1: request.USER1 ?? "",
    USER2: request.USER2 ?? "",
    USER3: request.USER3 ?? "",
    VAULT_ID: settlement?.vault?.vaultId ?? "",
    PAYVAULT_DATA_1: settlement?.vault?.maskedCard ?? "",
    PAYVAULT_DATA_2: settlement?.vault?.expiry ?? "",
  };
  return signFields(values, RESULT_FIELDS, encryptionKey);
}

/**
 * What the browser posts to RETURN_URL: PAY_REQUEST_ID, TRANSACTION_STATUS and CHECKSUM only.
 * The checksum also covers PAYGATE_ID and REFERENCE, which the merchant takes from its records.
 */
export function returnMessage(transaction: Transaction, encryptionKey: string): PayWebFields {
  const values: PayWebFields = {
    PAYGATE_ID: transaction.paygateId,
    PAY_REQUEST_ID: transaction.payRequestId,
    TRANSACTION_STATUS: transaction.settlement?.transactionStatus ?? TransactionStatus.NOT_DONE,
    REFERENCE: transaction.request.REFERENCE ?? "",
  };
  return {
    PAY_REQUEST_ID: values.PAY_REQUEST_ID!,
    TRANSACTION_STATUS: values.TRANSACTION_STATUS!,
    CHECKSUM: payWebChecksum(values, RETURN_FIELDS, encryptionKey),
  };
}
