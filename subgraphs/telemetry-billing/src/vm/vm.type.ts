import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * A virtual machine. The vms subgraph owns it; this subgraph only knows its id and adds
 * `metrics` (see VmResolver).
 */
@Directive('@key(fields: "id")')
@ObjectType()
export class Vm {
  @Field(() => ID)
  id!: string;
}
