import { Money } from "@dcx/kit";
import { FieldResolver, Resolver, Root } from "type-graphql";
import { WALLET_CURRENCY } from "../wallet/wallet.service";
import { LedgerEntry } from "./ledger-entry.type";

@Resolver(() => LedgerEntry)
export class LedgerEntryResolver {
  @FieldResolver(() => Money, { description: "Signed: negative for charges and downward adjustments." })
  amount(@Root() entry: LedgerEntry): Money {
    return Money.fromCents(entry.amountCents, WALLET_CURRENCY);
  }
}
