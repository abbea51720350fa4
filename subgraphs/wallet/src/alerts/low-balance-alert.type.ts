import { Money } from "@dcx/kit";
import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "E-mail a warning when the available balance falls below `threshold` (once per crossing)." })
export class LowBalanceAlert {
  @Field(() => Money)
  threshold!: Money;

  @Field(() => String)
  email!: string;

  @Field(() => Boolean, { description: "True while the balance is below the threshold and the warning has gone out." })
  warned!: boolean;
}
