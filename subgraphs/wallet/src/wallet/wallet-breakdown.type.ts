import { Money } from "@dcx/kit";
import { Field, ObjectType } from "type-graphql";
import type { BalanceBreakdownCents } from "./wallet.type";

@ObjectType({
  description:
    "Where the balance came from, summed from the ledger by kind: balance = paid + granted − spent + adjusted. " +
    "Provider credit (granted) is kept apart from money the organisation paid.",
})
export class WalletBreakdown {
  @Field(() => Money, { description: "Money the organisation paid in (top-ups) or was given back (refunds)." })
  paid!: Money;

  @Field(() => Money, { description: "Credit granted by the provider (credit grants)." })
  granted!: Money;

  @Field(() => Money, { description: "Money spent on services (charges), as a positive amount." })
  spent!: Money;

  @Field(() => Money, { description: "Operator corrections, signed." })
  adjusted!: Money;

  static of(cents: BalanceBreakdownCents, currency: string): WalletBreakdown {
    return Object.assign(new WalletBreakdown(), {
      paid: Money.fromCents(cents.paidCents, currency),
      granted: Money.fromCents(cents.grantedCents, currency),
      spent: Money.fromCents(cents.spentCents, currency),
      adjusted: Money.fromCents(cents.adjustedCents, currency),
    });
  }
}
