import { assertCanWrite, type Caller, DomainError } from "@dcx/kit";

/**
 * A budget is money: owners, admins and billing users of the organisation (or of its reseller or
 * the provider) set it. No caller: UNAUTHENTICATED; an organisation the caller cannot see:
 * NOT_FOUND; members, read-only users and API keys: FORBIDDEN.
 */
export function assertMaySetBudget(caller: Caller | null, organizationId: string): Caller {
  const known = assertCanWrite(caller, organizationId);
  if (known.kind === "api_key" || !["owner", "admin", "billing"].includes(known.role)) {
    throw new DomainError("FORBIDDEN", "Only owners, admins and billing users may set the budget");
  }
  return known;
}
