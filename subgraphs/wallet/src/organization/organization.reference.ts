import { canSee } from "@dcx/kit";
import type { WalletContext } from "../context";
import type { Organization } from "./organization.type";

/**
 * Tenancy owns organisations; here a reference only needs its id for `wallet` to load, so it
 * resolves without touching the database. An organisation the caller cannot see (every one for
 * a caller who has not signed in) resolves to null, so nothing about it can be read here.
 */
export const organizationReference = {
  __resolveReference: (reference: { id: string }, ctx: WalletContext): Organization | null =>
    canSee(ctx.caller, reference.id) ? { id: reference.id } : null,
};
