import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * Owned by tenancy; this subgraph adds the organisation's alert rules, open alerts and usage, and
 * reads its scope (itself and the organisations under it) from tenancy for the usage roll-up.
 */
@Directive('@key(fields: "id")')
@ObjectType()
export class Organization {
  @Field(() => ID)
  id!: string;

  /** Tenancy's answer, sent by the gateway only when a field that `@requires` it is asked for. */
  @Directive("@external")
  @Field(() => [ID])
  scopeOrganizationIds?: string[];
}
