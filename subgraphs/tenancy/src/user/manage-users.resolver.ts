import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from "type-graphql";
import type { TenancyContext } from "../context";
import { disableUser, inviteUser, updateUserRole } from "./manage-users";
import { User, UserRole } from "./user.type";

@InputType("CreateUserInput")
export class CreateUserArgs {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => String, { description: "Unique across the platform; the user signs in with it." })
  email!: string;

  @Field(() => String, { description: "1–100 characters." })
  displayName!: string;

  @Field(() => UserRole)
  role!: UserRole;
}

/**
 * Owners and admins of an organisation, or of the organisation above it (its reseller, the
 * provider), manage its users. Only owners grant or change the owner role within their own
 * organisation, and an organisation keeps at least one owner.
 */
@Resolver()
export class ManageUsersResolver {
  @Mutation(() => User, {
    description: "Invites a user to an organisation; they sign in with a code e-mailed to their address.",
  })
  createUser(@Arg("input", () => CreateUserArgs) input: CreateUserArgs, @Ctx() ctx: TenancyContext): Promise<User> {
    return inviteUser(ctx.db, ctx.caller, input);
  }

  @Mutation(() => User, { description: "Changes a user's role; CONFLICT for the organisation's last owner." })
  updateUserRole(
    @Arg("userId", () => ID) userId: string,
    @Arg("role", () => UserRole) role: UserRole,
    @Ctx() ctx: TenancyContext,
  ): Promise<User> {
    return updateUserRole(ctx.db, ctx.caller, userId, role);
  }

  @Mutation(() => User, {
    description: "Disables a user and ends their sessions; CONFLICT for the organisation's last owner.",
  })
  disableUser(@Arg("userId", () => ID) userId: string, @Ctx() ctx: TenancyContext): Promise<User> {
    return disableUser(ctx.db, ctx.sessions.now(), ctx.caller, userId);
  }
}
