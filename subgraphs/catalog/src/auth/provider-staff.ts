import { type Caller, DomainError, requireCaller } from "@dcx/kit";

/** Catalog and VAT changes are for the provider's owners and admins only; anyone else: FORBIDDEN. */
export function requireProviderStaff(caller: Caller | null): Caller {
  const known = requireCaller(caller);
  const staff = known.organizationKind === "provider" && (known.role === "owner" || known.role === "admin");
  if (!staff || known.readOnly) {
    throw new DomainError("FORBIDDEN", "Only the provider's owners and admins may change the catalog");
  }
  return known;
}
