import { Money } from "@dcx/kit";
import { FieldResolver, Resolver, Root } from "type-graphql";
import { WALLET_CURRENCY } from "../wallet/wallet.service";
import { WalletHold } from "./hold.type";

@Resolver(() => WalletHold)
export class WalletHoldResolver {
  @FieldResolver(() => Money, { description: "The amount reserved." })
  amount(@Root() hold: WalletHold): Money {
    return Money.fromCents(hold.amountCents, WALLET_CURRENCY);
  }

  @FieldResolver(() => Money, { description: "The amount charged when the hold was captured; zero otherwise." })
  captured(@Root() hold: WalletHold): Money {
    return Money.fromCents(hold.capturedCents, WALLET_CURRENCY);
  }
}
