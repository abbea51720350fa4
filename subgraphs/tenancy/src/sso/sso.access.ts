import { type Caller, DomainError, notFound, requireCaller } from "@dcx/kit";
import { findOrganizationsByIds, type TenancyDb } from "../organization/organization.store";

/**
 * Who may read an organisation's single sign-on: its own owners and admins, and the provider's.
 * A reseller does not see its customers' IdP credentials; API keys never do.
 */
export function readsSso(caller: Caller, organizationId: string): boolean {
  if (caller.kind !== "user" || !["owner", "admin"].includes(caller.role)) return false;
  return caller.organizationId === organizationId || caller.organizationKind === "provider";
}

/**
 * The organisation whose single sign-on the caller changes: UNAUTHENTICATED without a caller;
 * NOT_FOUND unless it is the caller's own or the caller is provider staff (worded as for an
 * organisation that does not exist); FORBIDDEN for API keys, read-only callers and roles other
 * than the organisation's owner or the provider's owners and admins.
 */
export async function ssoManagedOrganization(db: TenancyDb, caller: Caller | null, organizationId: string) {
  const known = requireCaller(caller);
  const [organization] = await findOrganizationsByIds(db, [organizationId], "all");
  const reachable = organization && (organization.id === known.organizationId || known.organizationKind === "provider");
  if (!organization || !reachable) throw notFound("Organisation", organizationId);
  if (known.kind !== "user") throw new DomainError("FORBIDDEN", "Only a person signed in sets single sign-on");
  if (known.readOnly) throw new DomainError("FORBIDDEN", "This credential is read-only");
  const allowed = known.organizationKind === "provider" ? ["owner", "admin"] : ["owner"];
  if (!allowed.includes(known.role)) {
    throw new DomainError("FORBIDDEN", "Only the organisation's owners (or the provider's staff) set single sign-on");
  }
  return { caller: known, organization };
}
