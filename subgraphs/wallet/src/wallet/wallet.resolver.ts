import { Money } from "@dcx/kit";
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { WalletContext } from "../context";
import { LedgerEntry } from "../ledger/ledger-entry.type";
import { ENTRIES_DEFAULT, entryPageSize } from "../ledger/ledger.service";
import { Wallet } from "./wallet.type";

@Resolver(() => Wallet)
export class WalletResolver {
  @FieldResolver(() => Money, { description: "The sum of every ledger entry." })
  balance(@Root() wallet: Wallet): Money {
    return Money.fromCents(wallet.balanceCents, wallet.currency);
  }

  @FieldResolver(() => [LedgerEntry], { description: "The latest entries, newest first; at most 100." })
  entries(
    @Root() wallet: Wallet,
    @Arg("first", () => Int, { nullable: true, defaultValue: ENTRIES_DEFAULT }) first: number | null,
    @Ctx() ctx: WalletContext,
  ): Promise<LedgerEntry[]> {
    return ctx.loaders.latestEntriesByWalletId(entryPageSize(first)).load(wallet.id);
  }
}
