import DataLoader from "dataloader";
import { canSee, visibleOrganizations } from "@dcx/kit";
import { Ctx, Directive, FieldResolver, ID, Resolver, Root } from "type-graphql";
import type { TenancyContext } from "../context";
import { findScopeIdsByRootIds } from "./organization-scope.store";
import { Organization } from "./organization.type";

// One loader per request, kept beside the context rather than in it.
const loaders = new WeakMap<TenancyContext, DataLoader<string, string[]>>();
const scopeLoader = (ctx: TenancyContext) => {
  let loader = loaders.get(ctx);
  if (!loader) {
    const visible = visibleOrganizations(ctx.caller);
    loader = new DataLoader((ids: readonly string[]) => findScopeIdsByRootIds(ctx.db, ids, visible));
    loaders.set(ctx, loader);
  }
  return loader;
};

/**
 * The organisation and those under it, for other subgraphs' roll-ups through `@requires`
 * (the VMs subgraph's fleet). Not part of the public graph.
 */
@Resolver(() => Organization)
export class OrganizationScopeResolver {
  @Directive("@inaccessible")
  @FieldResolver(() => [ID], {
    description: "The organisation and every organisation under it that the caller may see.",
  })
  scopeOrganizationIds(@Root() org: Organization, @Ctx() ctx: TenancyContext): Promise<string[]> | string[] {
    return canSee(ctx.caller, org.id) ? scopeLoader(ctx).load(org.id) : [];
  }
}
