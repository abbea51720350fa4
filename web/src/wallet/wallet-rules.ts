import { formatScaled, parseScaled } from "@dcx/kit/decimal";
import { isEmailAddress } from "@dcx/kit/email-address";
import type { EntryKind, OrganizationKind, TopUpStatus, UserRole } from "../gql/graphql";

/** The same limits the wallet enforces; the server remains the judge. */
export const TOP_UP_MIN_CENTS = 10_00n;
export const TOP_UP_MAX_CENTS = 500_000_00n;
const AMOUNT = /^\d{1,9}(?:[.,]\d{1,2})?$/;

/** A typed rand amount as the graph's Decimal ("1 500,5" → "1500.50"), or the problem with it. */
export function parseTopUpAmount(text: string): { amount: string } | { error: string } {
  const compact = text.replace(/[\s\u00a0]/g, "").replace(/^R/i, "");
  if (!compact) return { error: "Enter an amount" };
  if (!AMOUNT.test(compact)) return { error: "Enter rand and cents, e.g. 500 or 500.00" };
  const cents = parseScaled(compact.replace(",", "."), 2);
  if (cents < TOP_UP_MIN_CENTS || cents > TOP_UP_MAX_CENTS) return { error: "A top-up is R10,00 to R500 000,00" };
  return { amount: formatScaled(cents, 2) };
}

/** The receipt address as the wallet keeps it (trimmed, lower-case), by the platform's one rule. */
export function parseReceiptEmail(text: string): { email: string } | { error: string } {
  const email = text.trim().toLowerCase();
  return isEmailAddress(email) ? { email } : { error: "Enter the e-mail address for the receipt" };
}

/**
 * Who may pay money in: the wallet refuses everyone else (members and read-only users). The
 * provider's own wallet is never topped up by card: it is the one that sells.
 */
export const mayTopUp = (role: UserRole, walletOf: OrganizationKind) =>
  walletOf !== "PROVIDER" && (role === "OWNER" || role === "ADMIN" || role === "BILLING");

export interface TopUpStatusText {
  title: string;
  detail: string;
  tone: "pending" | "good" | "bad";
  /** False while PayGate's final word is still awaited. */
  final: boolean;
}

/** What a top-up's status means to the person who paid. */
export function describeTopUp(status: TopUpStatus, resultDescription: string | null | undefined): TopUpStatusText {
  const reason = resultDescription ? ` (${resultDescription})` : "";
  switch (status) {
    case "INITIATING":
    case "PENDING":
      return {
        title: "Payment pending",
        detail: "Waiting for PayGate to confirm the payment. The wallet is credited as soon as it does.",
        tone: "pending",
        final: false,
      };
    case "APPROVED":
      return { title: "Payment approved", detail: "The wallet has been credited.", tone: "good", final: true };
    case "DECLINED":
      return {
        title: "Payment declined",
        detail: `PayGate declined the card${reason}. Nothing was charged.`,
        tone: "bad",
        final: true,
      };
    case "CANCELLED":
      return {
        title: "Payment cancelled",
        detail: "The payment was cancelled. Nothing was charged.",
        tone: "bad",
        final: true,
      };
    case "FAILED":
      return {
        title: "Payment not started",
        detail: `The payment could not be started${reason}. Nothing was charged.`,
        tone: "bad",
        final: true,
      };
    case "EXPIRED":
      return {
        title: "Payment expired",
        detail: "The payment was never completed. Nothing was charged.",
        tone: "bad",
        final: true,
      };
  }
}

const ENTRY_KIND_LABELS: Record<EntryKind, string> = {
  TOP_UP: "Card top-up",
  CREDIT_GRANT: "Credit granted",
  CHARGE: "Charge",
  REFUND: "Refund",
  ADJUSTMENT: "Adjustment",
};

export const entryKindLabel = (kind: EntryKind) => ENTRY_KIND_LABELS[kind];

/**
 * A fresh idempotency key: 128 random bits as hex. `crypto.randomUUID` exists only on secure
 * pages (HTTPS or localhost); `getRandomValues` everywhere, so a dashboard served over plain HTTP
 * on a LAN address still works.
 */
export function newIdempotencyKey(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)) {
  return `top-up-${Array.from(random(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, "0")).join("")}`;
}
