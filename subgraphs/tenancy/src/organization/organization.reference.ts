import type { TenancyContext } from "../context";
import type { Organization } from "./organization.type";

/** Resolves `Organization` representations from other subgraphs, batched through the loader. */
export const organizationReference = {
  __resolveReference: (reference: { id: string }, ctx: TenancyContext): Promise<Organization | null> =>
    ctx.loaders.organizationById.load(reference.id),
};
