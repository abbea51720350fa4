import { formatScaled, parseScaled } from "@dcx/kit/decimal";
import type { UserRole } from "../gql/graphql";
import { toMinorUnits } from "../money";

/** Who may set the budget: the server refuses members and read-only users (FORBIDDEN). */
export const mayManageBudget = (role: UserRole) => role === "OWNER" || role === "ADMIN" || role === "BILLING";

const AMOUNT = /^(-?)(\d{1,12})(?:[.,](\d{1,2}))?$/;

/**
 * A typed monthly budget in rand as the graph's Decimal ("12 500,5" → "12500.50"), or what is
 * wrong with it. Only the shape and the sign are judged here; the upper limit is the server's.
 */
export function parseBudgetAmount(text: string): { amount: string } | { error: string } {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "").replace(/^R/i, "");
  if (!compact) return { error: "Enter the monthly budget in rand" };
  const match = AMOUNT.exec(compact);
  if (!match) return { error: "Enter rand and cents, e.g. 15000 or 15000.00" };
  const cents = parseScaled(`${match[1]}${match[2]}.${match[3] ?? "0"}`, 2);
  if (cents <= 0n) return { error: "The budget must be more than R 0,00" };
  return { amount: formatScaled(cents, 2) };
}

export interface BudgetShare {
  /** "62,3 %", rounded down to a tenth so that 100 % is only shown once it is reached. */
  text: string;
  /** The bar's width in percent, 0–100. */
  barPercent: number;
  /** At least the whole budget. */
  over: boolean;
}

/** `part` of `whole` (Decimal rand amounts), computed exactly on cents. */
export function budgetShare(part: string, whole: string): BudgetShare {
  const partCents = toMinorUnits(part);
  const wholeCents = toMinorUnits(whole);
  if (wholeCents <= 0n) return { text: "—", barPercent: 0, over: false };
  const tenths = partCents <= 0n ? 0n : (partCents * 1000n) / wholeCents;
  const grouped = new Intl.NumberFormat("en-ZA").format(tenths / 10n);
  return {
    text: `${grouped},${tenths % 10n} %`,
    barPercent: Number(tenths > 1000n ? 1000n : tenths) / 10,
    over: partCents >= wholeCents,
  };
}
