import { canSee } from "@dcx/kit";
import type { VmsContext } from "../context";
import type { Organization } from "./organization.type";

/**
 * Tenancy owns organisations; the only field this subgraph resolves, `vms`, needs nothing but
 * the id, so a reference resolves without a lookup (an unknown id simply has no VMs). An
 * organisation the caller cannot see (every one before signing in) resolves to null.
 */
export const organizationReference = {
  __resolveReference: (reference: { id: string }, ctx: VmsContext): Organization | null =>
    canSee(ctx.caller, reference.id) ? { id: reference.id } : null,
};
