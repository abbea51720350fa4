import { Field, ID, ObjectType, registerEnumType } from "type-graphql";

export enum UserRole {
  OWNER = "owner",
  ADMIN = "admin",
  BILLING = "billing",
  MEMBER = "member",
  READ_ONLY = "read_only",
}

registerEnumType(UserRole, {
  name: "UserRole",
  description: "What a user may do in their organisation.",
  valuesConfig: {
    OWNER: { description: "Everything, including managing admins." },
    ADMIN: { description: "Manages the organisation's users and resources." },
    BILLING: { description: "Wallet, payments and bills." },
    MEMBER: { description: "Uses the organisation's resources." },
    READ_ONLY: { description: "Sees, never changes." },
  },
});

@ObjectType({ description: "A person who signs in; belongs to exactly one organisation." })
export class User {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "Lower-case e-mail address, unique across the platform." })
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => UserRole)
  role!: UserRole;

  @Field(() => Date)
  createdAt!: Date;

  /** Resolved by the `organization` field resolver. */
  organizationId!: string;

  @Field(() => Date, { nullable: true, description: "When the user was disabled; a disabled user cannot sign in." })
  disabledAt!: Date | null;
}
