import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * The tenancy subgraph owns organisations; this subgraph knows their id, adds `vms`, `networks`
 * and `fleet`, and reads the organisation's scope (itself and those under it) from tenancy.
 */
@Directive('@key(fields: "id")')
@ObjectType()
export class Organization {
  @Field(() => ID)
  id!: string;

  /** Tenancy's answer, sent by the gateway only when `fleet` is asked for (`@requires`). */
  @Directive("@external")
  @Field(() => [ID])
  scopeOrganizationIds?: string[];
}
