import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * Owned by tenancy. The catalog only reads the id of a VM's organisation from the `Vm`
 * representations the gateway sends, to know whose VM it prices; it resolves nothing on it.
 */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType()
export class Organization {
  @Field(() => ID)
  id!: string;
}
