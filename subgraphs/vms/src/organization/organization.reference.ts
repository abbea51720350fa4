import { canSee } from "@dcx/kit";
import type { VmsContext } from "../context";
import type { Organization } from "./organization.type";

/**
 * Tenancy owns organisations; the fields this subgraph resolves need the id and, for `fleet`,
 * the scope the gateway fetched from tenancy, so a reference resolves without a lookup (an
 * unknown id simply has no VMs). An organisation the caller cannot see (every one before
 * signing in) resolves to null.
 */
export const organizationReference = {
  __resolveReference: (
    reference: { id: string; scopeOrganizationIds?: string[] },
    ctx: VmsContext,
  ): Organization | null =>
    canSee(ctx.caller, reference.id)
      ? reference.scopeOrganizationIds
        ? { id: reference.id, scopeOrganizationIds: reference.scopeOrganizationIds }
        : { id: reference.id }
      : null,
};
