import { Field, ID, ObjectType, registerEnumType } from "type-graphql";

/** Why money moved. GraphQL shows the keys (TOP_UP…), the database stores the values. */
export enum EntryKind {
  TOP_UP = "top_up",
  CREDIT_GRANT = "credit_grant",
  CHARGE = "charge",
  REFUND = "refund",
  ADJUSTMENT = "adjustment",
}

registerEnumType(EntryKind, {
  name: "EntryKind",
  description: "Top-ups, credit grants and refunds add money, charges take it, adjustments go either way.",
  valuesConfig: {
    TOP_UP: { description: "Money paid in by the organisation." },
    CREDIT_GRANT: { description: "Credit given by the provider or a reseller." },
    CHARGE: { description: "Money spent on services." },
    REFUND: { description: "A charge given back." },
    ADJUSTMENT: { description: "A correction by an operator, positive or negative." },
  },
});

@ObjectType({ description: "One movement of money in a wallet. Entries are never changed or removed." })
export class LedgerEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => EntryKind)
  kind!: EntryKind;

  @Field(() => String)
  description!: string;

  @Field(() => Date)
  createdAt!: Date;

  walletId!: string;
  /** Signed: positive adds to the balance, negative takes from it. Served as `amount`. */
  amountCents!: bigint;
  idempotencyKey!: string;
}
