import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * Who a credential belongs to and what it may see, in the shape of the kit's `Caller`. Only the
 * gateway asks for it (it is @inaccessible: not part of the public graph).
 */
@Directive("@inaccessible")
@ObjectType({ description: "A credential's caller, for the gateway only." })
export class InternalCaller {
  @Field(() => String, { description: '"user" or "api_key".' })
  kind!: "user" | "api_key";

  @Field(() => ID, { description: "The user's or the API key's id." })
  id!: string;

  @Field(() => ID, { nullable: true, description: "The session, for a signed-in user." })
  sessionId!: string | null;

  @Field(() => ID)
  organizationId!: string;

  @Field(() => String, { description: '"provider", "reseller" or "customer".' })
  organizationKind!: string;

  @Field(() => String, { description: '"owner", "admin", "billing", "member" or "read_only"; "member" for API keys.' })
  role!: string;

  @Field(() => Boolean, { description: "True for the read-only role and for read-only API keys." })
  readOnly!: boolean;

  @Field(() => Boolean, { description: "True for provider staff, who see every organisation." })
  allOrganizations!: boolean;

  @Field(() => [ID], { description: "The organisations the caller may see (its own one for provider staff)." })
  visibleOrganizationIds!: string[];
}
