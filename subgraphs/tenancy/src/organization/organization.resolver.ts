import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { TenancyContext } from "../context";
import { listOrganizations } from "./organization.store";
import { Organization, OrganizationKind } from "./organization.type";

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true, description: "One organisation by id." })
  organization(@Arg("id", () => ID) id: string, @Ctx() ctx: TenancyContext): Promise<Organization | null> {
    return ctx.loaders.organizationById.load(id);
  }

  @Query(() => [Organization], { description: "Organisations, optionally of one kind, by name." })
  organizations(
    @Arg("kind", () => OrganizationKind, { nullable: true }) kind: OrganizationKind | null,
    @Ctx() ctx: TenancyContext,
  ): Promise<Organization[]> {
    return listOrganizations(ctx.db, kind ?? undefined);
  }

  @FieldResolver(() => Organization, { nullable: true, description: "The organisation this one sits under." })
  parent(@Root() org: Organization, @Ctx() ctx: TenancyContext): Promise<Organization | null> | null {
    return org.parentId ? ctx.loaders.organizationById.load(org.parentId) : null;
  }

  @FieldResolver(() => [Organization], { description: "Organisations directly under this one, by name." })
  children(@Root() org: Organization, @Ctx() ctx: TenancyContext): Promise<Organization[]> {
    return ctx.loaders.childrenByParentId.load(org.id);
  }
}
