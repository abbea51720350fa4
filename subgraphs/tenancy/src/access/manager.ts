import { type Caller, DomainError, notFound, requireCaller } from "@dcx/kit";
import { findOrganizationsByIds, type TenancyDb } from "../organization/organization.store";
import type { Organization } from "../organization/organization.type";

const MANAGER_ROLES: readonly string[] = ["owner", "admin"];

/**
 * True when the caller's organisation is the organisation itself or one above it: the provider
 * above everything, a reseller above its customers. Read from the organisation tree itself, so a
 * reseller can invite users to a customer it has just created.
 */
export function isAbove(caller: Caller, organization: Organization): boolean {
  return caller.organizationKind === "provider" || organization.parentId === caller.organizationId;
}

export const managesOrganization = (caller: Caller, organization: Organization) =>
  organization.id === caller.organizationId || isAbove(caller, organization);

/** FORBIDDEN for read-only credentials and for roles other than owner and admin (every API key). */
export function assertManagerRole(caller: Caller): void {
  if (caller.readOnly) throw new DomainError("FORBIDDEN", "This credential is read-only");
  if (!MANAGER_ROLES.includes(caller.role)) {
    throw new DomainError("FORBIDDEN", "Only owners and admins manage organisations, users and API keys");
  }
}

/**
 * The organisation a management change targets, after the checks every such change makes:
 * UNAUTHENTICATED without a caller; NOT_FOUND for an organisation the caller does not manage
 * (exactly as for one that does not exist); FORBIDDEN for read-only callers and for roles other
 * than owner and admin. `missing` is the NOT_FOUND to raise (e.g. naming the user whose
 * organisation it is, never the organisation).
 */
export async function managedOrganization(
  db: TenancyDb,
  caller: Caller | null,
  organizationId: string,
  missing: () => Error = () => notFound("Organisation", organizationId),
): Promise<{ caller: Caller; organization: Organization }> {
  const known = requireCaller(caller);
  const [organization] = await findOrganizationsByIds(db, [organizationId], "all");
  if (!organization || !managesOrganization(known, organization)) throw missing();
  assertManagerRole(known);
  return { caller: known, organization };
}
