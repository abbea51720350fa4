import { randomUUID } from "node:crypto";
import type { Caller, RoleName } from "../caller/caller";

/** Provider staff: sees every organisation. The default caller of subgraph tests. */
export const providerStaff = (overrides: Partial<Caller> = {}): Caller => ({
  kind: "user",
  id: randomUUID(),
  organizationId: randomUUID(),
  organizationKind: "provider",
  role: "admin",
  readOnly: false,
  visibleOrganizationIds: "all",
  ...overrides,
});

/** A user of a customer organisation: sees that organisation only. */
export const customerUser = (organizationId: string, role: RoleName = "admin"): Caller => ({
  kind: "user",
  id: randomUUID(),
  organizationId,
  organizationKind: "customer",
  role,
  readOnly: role === "read_only",
  visibleOrganizationIds: [organizationId],
});

/** A user of a reseller: sees the reseller and the customers listed. */
export const resellerUser = (organizationId: string, customerIds: string[], role: RoleName = "admin"): Caller => ({
  kind: "user",
  id: randomUUID(),
  organizationId,
  organizationKind: "reseller",
  role,
  readOnly: role === "read_only",
  visibleOrganizationIds: [organizationId, ...customerIds],
});

/**
 * A customer organisation (the owner of the data under test) under a reseller, and a foreign
 * customer under another reseller, with the callers who must and must not see the owner's data.
 */
export function tenantCallers() {
  const owner = randomUUID();
  const reseller = randomUUID();
  const foreign = randomUUID();
  const foreignReseller = randomUUID();
  const allowed: [string, Caller][] = [
    ["the owner", customerUser(owner)],
    ["the owner's read-only user", customerUser(owner, "read_only")],
    ["the owner's reseller", resellerUser(reseller, [owner])],
    ["provider staff", providerStaff()],
  ];
  const denied: [string, Caller | null][] = [
    ["a foreign customer", customerUser(foreign)],
    ["a foreign reseller", resellerUser(foreignReseller, [foreign])],
    ["a foreign read-only user", customerUser(foreign, "read_only")],
    ["an unauthenticated caller", null],
  ];
  return { owner, reseller, foreign, foreignReseller, allowed, denied };
}
