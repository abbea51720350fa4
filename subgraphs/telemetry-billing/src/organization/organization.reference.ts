import { type Caller, canSee } from "@dcx/kit";
import type { Organization } from "./organization.type";

/**
 * A reference needs nothing but its id (and, for fields that require it, the scope the gateway
 * fetched from tenancy), so it resolves without a query. An organisation the caller cannot see
 * (every one for a caller who has not signed in) resolves to null, so none of its rules, alerts
 * or usage can be reached through it.
 */
export const organizationReference = {
  __resolveReference: (
    reference: { id: string; scopeOrganizationIds?: string[] },
    ctx: { caller: Caller | null },
  ): Organization | null => {
    if (!canSee(ctx.caller, reference.id)) return null;
    return reference.scopeOrganizationIds
      ? { id: reference.id, scopeOrganizationIds: reference.scopeOrganizationIds }
      : { id: reference.id };
  },
};
