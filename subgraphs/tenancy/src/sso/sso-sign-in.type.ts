import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "Where to send the browser to sign in at the organisation's identity provider." })
export class SingleSignOnStart {
  @Field(() => String, {
    description: "The IdP's authorization URL (code flow with PKCE, state and nonce); valid for 10 minutes, once.",
  })
  authorizationUrl!: string;
}
