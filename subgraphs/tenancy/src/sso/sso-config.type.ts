import { Field, InputType, ObjectType } from "type-graphql";
import { UserRole } from "../user/user.type";

@ObjectType({
  description:
    "An organisation's OpenID Connect identity provider. The client secret is never answered: only whether one is set.",
})
export class SingleSignOn {
  @Field(() => String, { description: "The IdP's issuer identifier, as its discovery document states it." })
  issuer!: string;

  @Field(() => String)
  clientId!: string;

  @Field(() => Boolean, { description: "True when a client secret is stored (encrypted; it is never shown again)." })
  clientSecretSet!: boolean;

  @Field(() => [String], { description: "The e-mail domains this IdP vouches for, lower-case, sorted." })
  emailDomains!: string[];

  @Field(() => Boolean, { description: "Whether the organisation's users may still sign in with an e-mail code." })
  allowEmailCodes!: boolean;

  @Field(() => Boolean, {
    description: "Whether a first sign-in of an unknown person with a verified address creates their user.",
  })
  jitProvisioning!: boolean;

  @Field(() => UserRole, { description: "The role of users created at their first sign-in." })
  jitDefaultRole!: UserRole;

  @Field(() => Date)
  updatedAt!: Date;
}

@InputType({ description: "Single sign-on for an organisation; the IdP's discovery is checked before saving." })
export class SingleSignOnInput {
  @Field(() => String, { description: "https URL of the IdP's issuer (its /.well-known/openid-configuration)." })
  issuer!: string;

  @Field(() => String)
  clientId!: string;

  @Field(() => String, { nullable: true, description: "Required the first time; null keeps the stored secret." })
  clientSecret?: string | null;

  @Field(() => [String], { description: "1–20 e-mail domains; no other organisation may hold one of them." })
  emailDomains!: string[];

  @Field(() => Boolean, { defaultValue: true })
  allowEmailCodes!: boolean;

  @Field(() => Boolean, { defaultValue: false })
  jitProvisioning!: boolean;

  @Field(() => UserRole, { defaultValue: UserRole.MEMBER, description: "Any role but OWNER." })
  jitDefaultRole!: UserRole;
}

@ObjectType({ description: "How a person with this e-mail address may sign in." })
export class SignInOptions {
  @Field(() => Boolean, { description: "True when the address's domain belongs to an organisation's single sign-on." })
  singleSignOn!: boolean;

  @Field(() => Boolean, { description: "False when that organisation allows single sign-on only." })
  emailCode!: boolean;
}
