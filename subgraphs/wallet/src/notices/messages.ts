import { formatRand } from "@dcx/kit";
import { southAfricanDateTime } from "../south-african-time";

/** e.g. "R 1 234.56". */
export const rand = formatRand;

/** e.g. "2026-11-22 08:10 (SAST)". */
export const sast = (at: Date) => `${southAfricanDateTime(at).slice(0, 16)} (SAST)`;

export interface ReceiptFacts {
  reference: string;
  amountCents: bigint;
  balanceCents: bigint;
  creditedAt: Date;
  paygateTransactionId: string;
  authCode: string;
  cardType: string;
}

export function receiptMessage(facts: ReceiptFacts) {
  return {
    subject: `Receipt: ${rand(facts.amountCents)} added to your DCX Cloud wallet (${facts.reference})`,
    body: [
      "Thank you. Your card payment was approved and your DCX Cloud wallet has been credited.",
      "",
      `Amount:          ${rand(facts.amountCents)}`,
      `Reference:       ${facts.reference}`,
      `Date:            ${sast(facts.creditedAt)}`,
      `Card:            ${facts.cardType || "card"}`,
      `PayGate ref.:    ${facts.paygateTransactionId}${facts.authCode ? ` (authorisation ${facts.authCode})` : ""}`,
      `Wallet balance:  ${rand(facts.balanceCents)}`,
      "",
      "Prepaid wallet top-ups are not VAT invoices; VAT is charged on your monthly bill.",
    ].join("\n"),
  };
}

export function lowBalanceMessage(facts: { availableCents: bigint; thresholdCents: bigint; at: Date }) {
  return {
    subject: `Your DCX Cloud wallet is below ${rand(facts.thresholdCents)}`,
    body: [
      `Your DCX Cloud wallet's available balance is ${rand(facts.availableCents)}, below the ${rand(facts.thresholdCents)} you asked us to warn you about (${sast(facts.at)}).`,
      "",
      "New virtual machines cannot be provisioned without enough funds. Top up from the wallet page of the dashboard.",
      "",
      "You will not be warned again until the balance has been back above the threshold.",
    ].join("\n"),
  };
}
