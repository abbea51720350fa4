import { formatScaled } from "@dcx/kit";
import type { MoneyAnswer } from "./dashboard-answer";

/** Cents as the graph answers Money: exact decimal text with two places. */
export const centsAnswer = (cents: bigint, currency: string): MoneyAnswer => ({
  amount: formatScaled(cents, 2),
  currency,
});

/** A subgraph's Money object as the plain pair the graph answers. */
export const moneyAnswer = (money: MoneyAnswer): MoneyAnswer => ({ amount: money.amount, currency: money.currency });
