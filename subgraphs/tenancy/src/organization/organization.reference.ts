import type { TenancyContext } from "../context";
import type { Organization } from "./organization.type";

/**
 * Resolves `Organization` representations from other subgraphs, batched through the loader,
 * which reads only organisations the caller may see: any other one (every one before signing
 * in) resolves to null, exactly as an unknown id.
 */
export const organizationReference = {
  __resolveReference: (reference: { id: string }, ctx: TenancyContext): Promise<Organization | null> =>
    ctx.loaders.organizationById.load(reference.id),
};
