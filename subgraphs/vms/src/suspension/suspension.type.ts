import { Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType({
  description:
    "An organisation's VMs suspended for unpaid usage: running VMs are powered off, and none may be powered on or created until it is lifted. Nothing is deleted.",
})
export class VmSuspension {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => Date)
  suspendedAt!: Date;

  @Field(() => String, { description: "Why, as billing put it." })
  reason!: string;

  @Field(() => Date, { nullable: true, description: "When a top-up lifted it; null while it lasts." })
  liftedAt!: Date | null;

  @Field(() => Int, { description: "Power-off operations queued because of this suspension so far." })
  powerOffOperations!: number;

  /** The suspension's own id: the actor id of the operations it queued. */
  id!: string;
}
