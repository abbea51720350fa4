import type { Organization } from "./organization.type";

/**
 * Tenancy owns organisations; here a reference only needs its id for `wallet` to load, so it
 * resolves without touching the database (and an unknown id simply has no wallet).
 */
export const organizationReference = {
  __resolveReference: (reference: { id: string }): Organization => ({ id: reference.id }),
};
