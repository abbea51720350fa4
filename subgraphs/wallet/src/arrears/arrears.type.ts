import { Money } from "@dcx/kit";
import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({
  description: "Whether unpaid usage suspends the organisation's VMs, and after how long. Set by provider staff.",
})
export class SuspensionPolicy {
  @Field(() => Boolean, { description: "Off: unpaid usage is e-mailed about by no one and suspends nothing." })
  enabled!: boolean;

  @Field(() => Int, { description: "Hours from the first e-mail to powering the VMs off (24–720, default 72)." })
  graceHours!: number;
}

@ObjectType({
  description:
    "Unpaid usage: available money is below minus the credit limit. The owners are e-mailed at the start and " +
    "24 hours before the grace period ends; then the organisation's running VMs are powered off (nothing is " +
    "deleted) until a top-up brings available money back to minus the credit limit.",
})
export class WalletArrears {
  @Field(() => Date) since!: Date;
  @Field(() => Date, { description: "When the VMs are powered off if nothing is paid." }) graceEndsAt!: Date;
  @Field(() => Date, { nullable: true, description: "When the VMs were suspended; null before." })
  vmsSuspendedAt!: Date | null;
  @Field(() => Money, { description: "What a top-up must add to end it." }) shortfall!: Money;
}
