import { assertCanWrite, type Caller, DomainError } from "@dcx/kit";

/**
 * Paying money in and the low-balance warning are for the owners, admins and billing users of an
 * organisation the caller may write for (its own, a reseller's customers, any for provider staff).
 */
export function requireMoneyRole(caller: Caller | null, organizationId: string): Caller {
  const known = assertCanWrite(caller, organizationId);
  if (!["owner", "admin", "billing"].includes(known.role)) {
    throw new DomainError("FORBIDDEN", "Only owners, admins and billing users may manage the wallet");
  }
  return known;
}
