import { badUserInput, parseScaled } from "@dcx/kit";

/** Cents are stored as PostgreSQL `bigint`: anything beyond it is input no wallet can hold. */
const MAX_CENTS = 2n ** 63n - 1n;

/** A `Decimal` rand amount to cents; more than two decimals, or more than a bigint holds, is bad input. */
export function centsOf(amount: string, field: string): bigint {
  let cents: bigint;
  try {
    cents = parseScaled(amount, 2);
  } catch {
    throw badUserInput(`${field} must be a rand amount with at most two decimals`, field);
  }
  if (cents > MAX_CENTS || cents < -MAX_CENTS) throw badUserInput(`${field} is too large`, field);
  return cents;
}
