import { DomainError } from "../errors";
import type { Caller } from "./caller";

/** Every operation but signing in needs a caller. */
export function requireCaller(caller: Caller | null): Caller {
  if (!caller) throw new DomainError("UNAUTHENTICATED", "Sign in first");
  return caller;
}

export function canSee(caller: Caller | null, organizationId: string): boolean {
  if (!caller) return false;
  return caller.visibleOrganizationIds === "all" || caller.visibleOrganizationIds.includes(organizationId);
}

/**
 * The organisation ids a query may return for this caller: `"all"` for provider staff, else a
 * list to filter by in SQL (`organization_id = any(...)`), never empty for a signed-in caller.
 */
export function visibleOrganizations(caller: Caller | null): "all" | string[] {
  if (!caller) return [];
  return caller.visibleOrganizationIds;
}

/** Keeps the rows of organisations the caller may see. */
export function onlyVisible<T>(caller: Caller | null, rows: readonly T[], organizationOf: (row: T) => string): T[] {
  return rows.filter((row) => canSee(caller, organizationOf(row)));
}

/**
 * A write on behalf of `organizationId`. An organisation the caller cannot see answers as if it
 * did not exist, so a write cannot be used to learn which organisations exist.
 */
export function assertCanWrite(caller: Caller | null, organizationId: string): Caller {
  const known = requireCaller(caller);
  if (!canSee(known, organizationId)) {
    throw new DomainError("NOT_FOUND", `Organisation ${organizationId} does not exist`, { id: organizationId });
  }
  if (known.readOnly) throw new DomainError("FORBIDDEN", "This credential is read-only");
  return known;
}

/**
 * Operations reserved to the provider's owners and admins with a credential that may write
 * (catalog prices, VAT, holds, credit limits). Anyone else: FORBIDDEN, naming `what`.
 */
export function requireProviderStaff(caller: Caller | null, what: string): Caller {
  const known = requireCaller(caller);
  const staff = known.organizationKind === "provider" && (known.role === "owner" || known.role === "admin");
  if (!staff || known.readOnly) throw new DomainError("FORBIDDEN", `Only the provider's owners and admins may ${what}`);
  return known;
}
