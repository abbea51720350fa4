import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { TenancyContext } from "../context";
import { User } from "../user/user.type";
import { createApiKey, listApiKeys, revokeApiKey } from "./api-key.service";
import { ApiKey, CreatedApiKey } from "./api-key.type";

/** Owners and admins of an organisation, signed in as users, manage its partner API keys. */
@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Query(() => [ApiKey], {
    description: "The API keys of the caller's organisation, newest first (owners and admins).",
  })
  apiKeys(@Ctx() ctx: TenancyContext): Promise<ApiKey[]> {
    return listApiKeys(ctx.db, ctx.caller);
  }

  @Mutation(() => CreatedApiKey, {
    description:
      "A new API key for the caller's organisation (owners and admins, signed in as users). The secret is in this answer only. Name: 1–80 characters.",
  })
  createApiKey(
    @Arg("name", () => String) name: string,
    @Arg("readOnly", () => Boolean, { defaultValue: false }) readOnly: boolean,
    @Ctx() ctx: TenancyContext,
  ): Promise<CreatedApiKey> {
    return createApiKey(ctx.db, ctx.sessions.now(), ctx.caller, { name, readOnly });
  }

  @Mutation(() => ApiKey, {
    description:
      "Revokes a key of the caller's organisation: the gateway refuses it from then on (after its caller cache).",
  })
  revokeApiKey(@Arg("id", () => ID) id: string, @Ctx() ctx: TenancyContext): Promise<ApiKey> {
    return revokeApiKey(ctx.db, ctx.sessions.now(), ctx.caller, id);
  }

  @FieldResolver(() => User, { nullable: true, description: "Who created the key." })
  createdBy(@Root() key: ApiKey, @Ctx() ctx: TenancyContext): Promise<User | null> {
    return ctx.loaders.userById.load(key.createdByUserId);
  }
}
