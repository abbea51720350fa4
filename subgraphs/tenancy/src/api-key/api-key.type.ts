import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({
  description: "A partner's credential for the caller's organisation. The secret itself is never shown again.",
})
export class ApiKey {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, {
    description: 'The secret\'s first 12 characters ("dcx_key_" and 4 more), to tell keys apart.',
  })
  secretPrefix!: string;

  @Field(() => Boolean, { description: "A read-only key can read but never change anything." })
  readOnly!: boolean;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description:
      "When the gateway last looked the key up (it reuses the answer for its caller-cache time, 30 s by default).",
  })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: "When the key was revoked; a revoked key is refused." })
  revokedAt!: Date | null;

  /** Resolved by the `createdBy` field resolver. */
  createdByUserId!: string;
}

@ObjectType({ description: "A new API key and its secret. The secret is shown this once: only its hash is kept." })
export class CreatedApiKey {
  @Field(() => ApiKey)
  apiKey!: ApiKey;

  @Field(() => String, { description: 'Send as `Authorization: Bearer <secret>`. Starts with "dcx_key_".' })
  secret!: string;
}
