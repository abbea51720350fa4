import { Directive, Field, ObjectType } from "type-graphql";
import { formatScaled } from "../money/decimal";
import { DecimalScalar } from "./decimal-scalar";

/** An exact amount of money. Shared by every subgraph that returns one. */
@Directive("@shareable")
@ObjectType({ description: "An exact amount of money in a currency." })
export class Money {
  @Field(() => DecimalScalar, { description: 'Exact amount, e.g. "1234.56".' })
  amount!: string;

  @Field(() => String, { description: "ISO 4217 currency code, e.g. ZAR." })
  currency!: string;

  static of(amount: string, currency: string): Money {
    return Object.assign(new Money(), { amount, currency });
  }

  /** From integer cents: `Money.fromCents(12345n, "ZAR")` → 123.45 ZAR. */
  static fromCents(cents: bigint, currency: string): Money {
    return Money.of(formatScaled(cents, 2), currency);
  }
}
