import { Arg, Ctx, Directive, ID, Query, Resolver } from "type-graphql";
import type { TenancyContext } from "../context";
import { apiKeyCaller, sessionCaller } from "./internal-caller.service";
import { InternalCaller } from "./internal-caller.type";

/**
 * The gateway's look-ups, made once per credential (then cached briefly) before it signs the
 * caller into subgraph requests. @inaccessible: clients of the graph cannot select them.
 */
@Resolver()
export class InternalCallerResolver {
  @Directive("@inaccessible")
  @Query(() => InternalCaller, {
    nullable: true,
    description: "The caller of a live session; null unless the session is live and its user not disabled.",
  })
  internalSessionCaller(
    @Arg("sessionId", () => ID) sessionId: string,
    @Ctx() ctx: TenancyContext,
  ): Promise<InternalCaller | null> {
    return sessionCaller(ctx.db, sessionId, ctx.sessions.now());
  }

  @Directive("@inaccessible")
  @Query(() => InternalCaller, {
    nullable: true,
    description: "The caller of an API key; null unless the key exists and is not revoked. Records its use.",
  })
  internalApiKeyCaller(
    @Arg("secret", () => String) secret: string,
    @Ctx() ctx: TenancyContext,
  ): Promise<InternalCaller | null> {
    return apiKeyCaller(ctx.db, secret, ctx.sessions.now());
  }
}
