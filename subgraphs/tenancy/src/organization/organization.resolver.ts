import { canSee, requireCaller, visibleOrganizations } from "@dcx/kit";
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { TenancyContext } from "../context";
import { listOrganizations } from "./organization.store";
import { Organization, OrganizationKind } from "./organization.type";

/**
 * Reads see only the caller's organisations: its own, a reseller's customers, every one for
 * provider staff. Anything else answers exactly as an id that does not exist.
 */
@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, {
    nullable: true,
    description: "One organisation by id; null unless the caller may see it.",
  })
  organization(@Arg("id", () => ID) id: string, @Ctx() ctx: TenancyContext): Promise<Organization | null> | null {
    const caller = requireCaller(ctx.caller);
    return canSee(caller, id) ? ctx.loaders.organizationById.load(id) : null;
  }

  @Query(() => [Organization], {
    description:
      "The organisations the caller may see, optionally of one kind, by name: a reseller's or the provider's managed organisations.",
  })
  organizations(
    @Arg("kind", () => OrganizationKind, { nullable: true }) kind: OrganizationKind | null,
    @Ctx() ctx: TenancyContext,
  ): Promise<Organization[]> {
    const caller = requireCaller(ctx.caller);
    return listOrganizations(ctx.db, kind ?? undefined, visibleOrganizations(caller));
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: "The organisation this one sits under; null when the caller may not see it.",
  })
  parent(@Root() org: Organization, @Ctx() ctx: TenancyContext): Promise<Organization | null> | null {
    return org.parentId ? ctx.loaders.organizationById.load(org.parentId) : null;
  }

  @FieldResolver(() => [Organization], {
    description: "The organisations directly under this one that the caller may see, by name.",
  })
  children(@Root() org: Organization, @Ctx() ctx: TenancyContext): Promise<Organization[]> {
    return ctx.loaders.childrenByParentId.load(org.id);
  }

  @FieldResolver(() => Int, { description: "How many users of the organisation are not disabled." })
  userCount(@Root() org: Organization, @Ctx() ctx: TenancyContext): Promise<number> {
    return ctx.loaders.userCountByOrganizationId.load(org.id);
  }
}
