import { type Caller, canSee, DomainError, requireCaller } from "@dcx/kit";

/**
 * Whether the caller may read an organisation's audit trail: null (answer an empty page, exactly
 * as for an organisation that does not exist) when it cannot see the organisation; FORBIDDEN when
 * it can but is not an owner or admin (there, of its reseller, or of the provider). API keys act
 * as members. No caller: UNAUTHENTICATED.
 */
export function auditReader(caller: Caller | null, organizationId: string): Caller | null {
  const known = requireCaller(caller);
  if (!canSee(known, organizationId)) return null;
  const manager = known.kind === "user" && (known.role === "owner" || known.role === "admin");
  if (!manager) throw new DomainError("FORBIDDEN", "Only owners and admins may read the audit trail");
  return known;
}
