import type { Organization } from "./organization.type";

/**
 * Tenancy owns organisations, so any representation is taken at its word: the only field this
 * subgraph resolves, `vms`, needs nothing but the id (an unknown id simply has no VMs).
 */
export const organizationReference = {
  __resolveReference: (reference: { id: string }): Organization => ({ id: reference.id }),
};
