import { TransactionStatus } from "./protocol";

/** How PayGate's published test cards settle. Any other card number is declined. */
export type CardOutcome = "approved" | "insufficient-funds" | "declined";

export type CardBrand = "Visa" | "MasterCard";

export interface TestCard {
  number: string;
  brand: CardBrand;
  outcome: CardOutcome;
}

export interface OutcomeResult {
  /** What the payment page shows next to the card. */
  label: string;
  transactionStatus: string;
  resultCode: string;
  resultDesc: string;
}

export const CARD_OUTCOMES: Record<CardOutcome, OutcomeResult> = {
  approved: {
    label: "Approved",
    transactionStatus: TransactionStatus.APPROVED,
    resultCode: "990017",
    resultDesc: "Auth Done",
  },
  "insufficient-funds": {
    label: "Insufficient funds",
    transactionStatus: TransactionStatus.DECLINED,
    resultCode: "900003",
    resultDesc: "Insufficient Funds",
  },
  declined: {
    label: "Declined",
    transactionStatus: TransactionStatus.DECLINED,
    resultCode: "900007",
    resultDesc: "Declined",
  },
};

/** PayHost charging a vaulted card past its expiry date (PayGate's result code 900002). */
export const CARD_EXPIRED: OutcomeResult = {
  label: "Card expired",
  transactionStatus: TransactionStatus.DECLINED,
  resultCode: "900002",
  resultDesc: "Card Expired",
};

/** The user pressed "Cancel" on the payment page. */
export const USER_CANCELLED: OutcomeResult = {
  label: "Cancelled",
  transactionStatus: TransactionStatus.USER_CANCELLED,
  resultCode: "990028",
  resultDesc: "Cancelled",
};

/** PayGate's published PayWeb3 test cards, in the order the payment page lists them. */
export const TEST_CARDS: readonly TestCard[] = [
  { number: "4000000000000002", brand: "Visa", outcome: "approved" },
  { number: "5200000000000015", brand: "MasterCard", outcome: "approved" },
  { number: "4000000000000028", brand: "Visa", outcome: "insufficient-funds" },
  { number: "5200000000000023", brand: "MasterCard", outcome: "insufficient-funds" },
  { number: "4000000000000036", brand: "Visa", outcome: "declined" },
  { number: "5200000000000049", brand: "MasterCard", outcome: "declined" },
];

/** Digits only: spaces and dashes a person types between groups are dropped. */
export function normalizeCardNumber(input: string): string {
  return input.replace(/[\s-]/g, "");
}

/** A plausible card number: 12 to 19 digits. */
export function isCardNumber(input: string): boolean {
  return /^\d{12,19}$/.test(normalizeCardNumber(input));
}

/** The test card's brand and outcome; an unlisted number is declined, its brand read from the first digit. */
export function resolveCard(input: string): TestCard {
  const number = normalizeCardNumber(input);
  const known = TEST_CARDS.find((card) => card.number === number);
  if (known) return known;
  return { number, brand: number.startsWith("4") ? "Visa" : "MasterCard", outcome: "declined" };
}

/** "400000******0002": what a receipt may show of a card number. */
export function maskCardNumber(number: string): string {
  if (number.length <= 10) return number;
  return number.slice(0, 6) + "*".repeat(number.length - 10) + number.slice(-4);
}
