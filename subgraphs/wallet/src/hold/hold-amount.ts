import { badUserInput, parseScaled } from "@dcx/kit";

/** A `Decimal` rand amount to cents; more than two decimals is bad input. */
export function centsOf(amount: string, field: string): bigint {
  try {
    return parseScaled(amount, 2);
  } catch {
    throw badUserInput(`${field} must be a rand amount with at most two decimals`, field);
  }
}
