import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "An organisation's prepaid wallet; its balance is the sum of its ledger." })
export class Wallet {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "Always ZAR." })
  currency!: string;

  organizationId!: string;
  createdAt!: Date;
  /** Sum of the ledger when the wallet was loaded. Served as `balance`. */
  balanceCents!: bigint;
}
