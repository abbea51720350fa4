import { formatMoney, type MoneyValue, sumDecimals } from "../money";

const negate = (amount: string) => (amount.startsWith("-") ? amount.slice(1) : `-${amount}`);

/** What a resize changes a month: the new estimate less the current one, exact. */
export function monthlyDifference(current: MoneyValue, proposed: MoneyValue): MoneyValue {
  if (current.currency !== proposed.currency) throw new Error("Estimates in different currencies");
  return { amount: sumDecimals([proposed.amount, negate(current.amount)]), currency: current.currency };
}

/** A difference with its sign: "+R 512,00", "-R 256,00", "R 0,00". */
export function formatDifference(difference: MoneyValue): string {
  const text = formatMoney(difference.amount, difference.currency);
  return /^-|^0(\.0+)?$/.test(difference.amount) ? text : `+${text}`;
}
