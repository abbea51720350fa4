import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { TenancyContext } from "../context";
import { requestSignInCode } from "./request-sign-in-code";
import { SignInCodeRequest } from "./sign-in.type";

@Resolver()
export class SignInResolver {
  @Mutation(() => SignInCodeRequest, {
    description:
      "E-mails a one-time sign-in code to the address if it belongs to a user. Answers the same for unknown addresses. RATE_LIMITED (with extensions.retryAfterSeconds) after 5 requests per address or 20 per client in 15 minutes.",
  })
  requestSignInCode(@Arg("email", () => String) email: string, @Ctx() ctx: TenancyContext): Promise<SignInCodeRequest> {
    return requestSignInCode(ctx.db, ctx.signIn, { email, clientAddress: ctx.clientAddress });
  }
}
