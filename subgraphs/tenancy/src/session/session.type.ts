import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { User } from "../user/user.type";

@ObjectType({
  description:
    "What signing in or refreshing gives: a short-lived access token for the Authorization header and a one-use refresh token for the next refresh.",
})
export class SessionTokens {
  @Field(() => String, { description: "Send as `Authorization: Bearer <accessToken>`; valid 10 minutes." })
  accessToken!: string;

  @Field(() => Date, { description: "Refresh a little before this time (the web app: 5 minutes before)." })
  accessTokenExpiresAt!: Date;

  @Field(() => String, {
    description:
      "Works once: refreshSession answers a new one. Presenting a used one again ends the whole session. Valid 7 days, never past the session's 30 days.",
  })
  refreshToken!: string;

  @Field(() => User, { description: "The signed-in user." })
  user!: User;
}

export enum SignInMethod {
  EMAIL_CODE = "email_code",
  SINGLE_SIGN_ON = "sso",
}

registerEnumType(SignInMethod, {
  name: "SignInMethod",
  description: "How a session was signed in.",
});

@ObjectType({ description: "One of the caller's signed-in devices." })
export class Session {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: "The latest refresh; null until the first one." })
  lastRefreshedAt!: Date | null;

  @Field(() => Date, { description: "The session ends then at the latest: 30 days after signing in." })
  expiresAt!: Date;

  @Field(() => String, { description: "The network address of the sign-in or the latest refresh." })
  clientAddress!: string;

  @Field(() => String, {
    nullable: true,
    description: "The browser's User-Agent at sign-in (at most 512 characters); null when none was sent.",
  })
  userAgent!: string | null;

  @Field(() => SignInMethod)
  signInMethod!: SignInMethod;

  @Field(() => Boolean, { description: "True for the session this request is made with." })
  current!: boolean;
}
