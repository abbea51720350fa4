import { requireCaller } from "@dcx/kit";
import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { TenancyContext } from "../context";
import { User } from "../user/user.type";
import { refreshSession } from "./refresh-session";
import { signIn } from "./sign-in";
import { listMySessions, revokeOwnSession, signOut } from "./session.service";
import { Session, SessionTokens } from "./session.type";

@Resolver()
export class SessionResolver {
  @Mutation(() => SessionTokens, {
    description:
      "Signs in with the code e-mailed by requestSignInCode and starts a session. UNAUTHENTICATED for a wrong, expired or used code; a code dies after 5 wrong guesses. RATE_LIMITED (with extensions.retryAfterSeconds) while the calling client, after wrong codes, has to wait.",
  })
  signIn(
    @Arg("email", () => String) email: string,
    @Arg("code", () => String) code: string,
    @Arg("userAgent", () => String, { nullable: true, description: "The browser's User-Agent, for 'Your sessions'." })
    userAgent: string | null,
    @Ctx() ctx: TenancyContext,
  ): Promise<SessionTokens> {
    return signIn(ctx.db, ctx, { email, code, clientAddress: ctx.clientAddress, userAgent });
  }

  @Mutation(() => SessionTokens, {
    description:
      "Trades a refresh token for a new access token and a new refresh token. A refresh token works once: presenting it again ends the session. UNAUTHENTICATED for an unknown, used, expired or revoked token.",
  })
  refreshSession(
    @Arg("refreshToken", () => String) refreshToken: string,
    @Ctx() ctx: TenancyContext,
  ): Promise<SessionTokens> {
    return refreshSession(ctx.db, ctx.sessions, { refreshToken, clientAddress: ctx.clientAddress });
  }

  @Mutation(() => Boolean, { description: "Ends the session this request is made with." })
  signOut(@Ctx() ctx: TenancyContext): Promise<boolean> {
    return signOut(ctx.db, ctx.sessions, ctx.caller);
  }

  @Mutation(() => Boolean, {
    description: "Ends one of the caller's own sessions; NOT_FOUND for any other session.",
  })
  revokeSession(@Arg("id", () => ID) id: string, @Ctx() ctx: TenancyContext): Promise<boolean> {
    return revokeOwnSession(ctx.db, ctx.sessions, ctx.caller, id);
  }

  @Query(() => [Session], { description: "The caller's live sessions, newest first (none for an API key)." })
  mySessions(@Ctx() ctx: TenancyContext): Promise<Session[]> {
    return listMySessions(ctx.db, ctx.sessions, ctx.caller);
  }

  @Query(() => User, { nullable: true, description: "The signed-in user; null for an API key." })
  me(@Ctx() ctx: TenancyContext): Promise<User | null> | null {
    const caller = requireCaller(ctx.caller);
    return caller.kind === "user" ? ctx.loaders.userById.load(caller.id) : null;
  }
}
