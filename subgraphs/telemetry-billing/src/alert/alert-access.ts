import { assertCanWrite, type Caller, DomainError } from "@dcx/kit";

/**
 * Alert rules are for owners and admins (of the organisation, of its reseller or of the
 * provider), signed in as users: API keys act as members. No caller: UNAUTHENTICATED; an
 * organisation the caller cannot see: NOT_FOUND; read-only or another role: FORBIDDEN.
 */
export function assertMayManageRules(caller: Caller | null, organizationId: string): Caller {
  const known = assertCanWrite(caller, organizationId);
  if (known.kind === "api_key" || !["owner", "admin"].includes(known.role)) {
    throw new DomainError("FORBIDDEN", "Only owners and admins may change alert rules");
  }
  return known;
}

/**
 * Acknowledging says "someone is on it": owners, admins and members (who operate VMs), and API
 * keys, which act as members. Billing and read-only callers: FORBIDDEN.
 */
export function assertMayAcknowledge(caller: Caller | null, organizationId: string): Caller {
  const known = assertCanWrite(caller, organizationId);
  const role = known.kind === "api_key" ? "member" : known.role;
  if (!["owner", "admin", "member"].includes(role)) {
    throw new DomainError("FORBIDDEN", "Only owners, admins and members may acknowledge alerts");
  }
  return known;
}
