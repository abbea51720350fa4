import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { TenancyContext } from "../context";
import { requestSignInCode } from "./request-sign-in-code";
import { SignInCodeRequest } from "./sign-in.type";

@Resolver()
export class SignInResolver {
  @Mutation(() => SignInCodeRequest, {
    description:
      "E-mails a one-time sign-in code to the address if it belongs to a user. Answers the same for unknown addresses. While the address's newest code is alive and under a minute old no new one is sent: the last e-mail's code works. RATE_LIMITED (with extensions.retryAfterSeconds) after 20 requests from one client in 15 minutes.",
  })
  requestSignInCode(@Arg("email", () => String) email: string, @Ctx() ctx: TenancyContext): Promise<SignInCodeRequest> {
    return requestSignInCode(ctx.db, ctx.signIn, { email, clientAddress: ctx.clientAddress });
  }
}
