import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({
  description: "The answer to a sign-in code request: the same whether or not the address has an account.",
})
export class SignInCodeRequest {
  @Field(() => Boolean, { description: "Always true: the request was taken." })
  accepted!: boolean;

  @Field(() => Int, { description: "How long a code sent by this request stays valid." })
  expiresInSeconds!: number;
}
