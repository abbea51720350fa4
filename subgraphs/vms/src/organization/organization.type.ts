import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * The tenancy subgraph owns organisations; this subgraph only knows their id and adds `vms`.
 */
@Directive('@key(fields: "id")')
@ObjectType()
export class Organization {
  @Field(() => ID)
  id!: string;
}
