import { badUserInput, type Caller, DomainError, parseScaled, requireCaller } from "@dcx/kit";

/**
 * Holds and credit limits are provider operations for now: an owner or admin of the provider
 * organisation with a credential that may write. Everyone else is FORBIDDEN.
 */
export function requireProviderOperator(caller: Caller | null): Caller {
  const known = requireCaller(caller);
  const operator = known.organizationKind === "provider" && (known.role === "owner" || known.role === "admin");
  if (!operator || known.readOnly)
    throw new DomainError("FORBIDDEN", "Only provider staff may manage holds and credit");
  return known;
}

/** A `Decimal` rand amount to cents; more than two decimals is bad input. */
export function centsOf(amount: string, field: string): bigint {
  try {
    return parseScaled(amount, 2);
  } catch {
    throw badUserInput(`${field} must be a rand amount with at most two decimals`, field);
  }
}
