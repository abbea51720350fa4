import { Directive, Field, ID, ObjectType } from "type-graphql";

/** Owned by tenancy; this subgraph only adds `wallet`, so a reference needs nothing but its id. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Organization {
  @Field(() => ID)
  id!: string;
}
