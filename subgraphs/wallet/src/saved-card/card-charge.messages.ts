import { rand, sast } from "../notices/messages";

export interface ChargeFacts {
  reference: string;
  amountCents: bigint;
  maskedNumber: string;
  brand: string;
  at: Date;
  automatic: boolean;
}

export function cardChargeReceipt(facts: ChargeFacts & { balanceCents: bigint; transactionId: string }) {
  return {
    subject: `Receipt: ${rand(facts.amountCents)} added to your DCX Cloud wallet (${facts.reference})`,
    body: [
      facts.automatic
        ? "Your wallet fell below the level you set, so we topped it up from your saved card. PayGate approved the payment."
        : "Thank you. Your saved card was charged and your DCX Cloud wallet has been credited.",
      "",
      `Amount:          ${rand(facts.amountCents)}`,
      `Reference:       ${facts.reference}`,
      `Date:            ${sast(facts.at)}`,
      `Card:            ${facts.brand} ${facts.maskedNumber}`,
      `PayGate ref.:    ${facts.transactionId}`,
      `Wallet balance:  ${rand(facts.balanceCents)}`,
      "",
      "Prepaid wallet top-ups are not VAT invoices; VAT is charged on your monthly bill.",
    ].join("\n"),
  };
}

export function autoTopUpFailure(facts: ChargeFacts & { reason: string; failures: number; disabled: boolean }) {
  return {
    subject: facts.disabled
      ? `Automatic top-up turned off after ${facts.failures} failures (${facts.reference})`
      : `Automatic top-up failed: ${rand(facts.amountCents)} (${facts.reference})`,
    body: [
      `We tried to top up your DCX Cloud wallet by ${rand(facts.amountCents)} from your saved ${facts.brand} ${facts.maskedNumber} (${sast(facts.at)}).`,
      `PayGate did not approve it: ${facts.reason}. Nothing was charged.`,
      "",
      facts.disabled
        ? `This was failure ${facts.failures} in a row, so automatic top-up is now OFF. Check the card, then turn the rule on again on the wallet page of the dashboard.`
        : `Failures in a row: ${facts.failures}. After 3 the automatic top-up turns itself off. Top up on the wallet page of the dashboard if the balance is low.`,
    ].join("\n"),
  };
}
