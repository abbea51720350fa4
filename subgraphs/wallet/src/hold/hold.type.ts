import { Field, ID, ObjectType, registerEnumType } from "type-graphql";

/** Where a hold stands. GraphQL shows the keys (ACTIVE…), the database stores the values. */
export enum HoldStatus {
  ACTIVE = "active",
  CAPTURED = "captured",
  RELEASED = "released",
  EXPIRED = "expired",
}

registerEnumType(HoldStatus, {
  name: "HoldStatus",
  description: "An active hold reserves money; the other states are final.",
});

@ObjectType({ description: "Money reserved against a wallet's available balance, then captured or released." })
export class WalletHold {
  @Field(() => ID)
  id!: string;

  @Field(() => HoldStatus)
  status!: HoldStatus;

  @Field(() => String)
  reason!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: "When the hold was captured, released or expired." })
  settledAt!: Date | null;

  walletId!: string;
  /** Served as `amount`. */
  amountCents!: bigint;
  /** Served as `captured`. */
  capturedCents!: bigint;
  idempotencyKey!: string;
}
