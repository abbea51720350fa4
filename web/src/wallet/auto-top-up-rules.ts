import { formatScaled, parseScaled } from "@dcx/kit/decimal";
import { isEmailAddress } from "@dcx/kit/email-address";
import { parseTopUpAmount, TOP_UP_MAX_CENTS } from "./wallet-rules";

export interface AutoTopUpFormValues {
  cardId: string;
  threshold: string;
  amount: string;
  minHoursBetween: string;
  monthlyCap: string;
  email: string;
}

export interface AutoTopUpRequest {
  cardId: string;
  threshold: string;
  amount: string;
  minHoursBetween: number;
  monthlyCap: string;
  email: string;
}

const RAND = /^\d{1,9}(?:[.,]\d{1,2})?$/;

/** A typed rand figure of 0 or more as the graph's Decimal, or null when it is not one. */
function parseRand(text: string): bigint | null {
  const compact = text.replace(/[\s\u00a0]/g, "").replace(/^R/i, "");
  return RAND.test(compact) ? parseScaled(compact.replace(",", "."), 2) : null;
}

/**
 * The automatic top-up form's values as the wallet's `setAutoTopUp` takes them, or the problem
 * with each field (the same rules the wallet enforces; the server remains the judge).
 */
export function parseAutoTopUpForm(
  values: AutoTopUpFormValues,
): { request: AutoTopUpRequest } | { errors: Partial<Record<keyof AutoTopUpFormValues, string>> } {
  const errors: Partial<Record<keyof AutoTopUpFormValues, string>> = {};
  if (!values.cardId) errors.cardId = "Choose a saved card";
  const threshold = parseRand(values.threshold);
  if (threshold === null) errors.threshold = "Enter rand and cents, e.g. 500 or 500.00";
  const amount = parseTopUpAmount(values.amount);
  if ("error" in amount) errors.amount = amount.error;
  const hours = /^\d{1,3}$/.test(values.minHoursBetween.trim()) ? Number(values.minHoursBetween.trim()) : NaN;
  if (!(hours >= 1 && hours <= 720)) errors.minHoursBetween = "Enter 1 to 720 hours";
  const cap = parseRand(values.monthlyCap);
  if (cap === null || cap > TOP_UP_MAX_CENTS * 100n) errors.monthlyCap = "Enter rand and cents, e.g. 5000";
  else if ("amount" in amount && cap < parseScaled(amount.amount, 2)) errors.monthlyCap = "At least the top-up amount";
  const email = values.email.trim().toLowerCase();
  if (!isEmailAddress(email)) errors.email = "Enter the e-mail address to tell";
  if (Object.keys(errors).length > 0 || threshold === null || cap === null || "error" in amount) return { errors };
  return {
    request: {
      cardId: values.cardId,
      threshold: formatScaled(threshold, 2),
      amount: amount.amount,
      minHoursBetween: hours,
      monthlyCap: formatScaled(cap, 2),
      email,
    },
  };
}

/** "Visa 400000******0002, expires 12/2029" — never more of the card than PayGate masked. */
export const describeCard = (card: { brand: string; maskedNumber: string; expiryMonth: number; expiryYear: number }) =>
  `${card.brand} ${card.maskedNumber}, expires ${String(card.expiryMonth).padStart(2, "0")}/${card.expiryYear}`;
