import { canSee } from "@dcx/kit";
import type { CatalogContext } from "../context";
import type { Organization } from "./organization.type";

/**
 * The gateway never resolves organisations here (`resolvable: false`); a representation sent
 * anyway answers with its id only for an organisation the caller may see, like every subgraph.
 */
export const organizationReference = {
  __resolveReference: (reference: { id: string }, ctx: CatalogContext): Organization | null =>
    canSee(ctx.caller, reference.id) ? { id: reference.id } : null,
};
