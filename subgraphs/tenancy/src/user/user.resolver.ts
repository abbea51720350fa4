import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { TenancyContext } from "../context";
import { Organization } from "../organization/organization.type";
import { User } from "./user.type";

@Resolver(() => User)
export class UserResolver {
  @FieldResolver(() => Organization, { description: "The organisation the user belongs to." })
  async organization(@Root() user: User, @Ctx() ctx: TenancyContext): Promise<Organization> {
    const organization = await ctx.loaders.organizationOfUser.load(user.organizationId);
    // users.organization_id is a foreign key, so this only fails if the database is inconsistent.
    if (!organization) throw new Error(`Organisation ${user.organizationId} of user ${user.id} is missing`);
    return organization;
  }
}

@Resolver(() => Organization)
export class OrganizationUsersResolver {
  @FieldResolver(() => [User], {
    description: "The organisation's users (disabled ones included), by e-mail address; empty unless visible.",
  })
  users(@Root() organization: Organization, @Ctx() ctx: TenancyContext): Promise<User[]> {
    return ctx.loaders.usersByOrganizationId.load(organization.id);
  }
}
