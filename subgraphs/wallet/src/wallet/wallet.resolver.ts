import { canSee, Money } from "@dcx/kit";
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { WalletContext } from "../context";
import { WalletHold } from "../hold/hold.type";
import { LedgerEntry } from "../ledger/ledger-entry.type";
import { ENTRIES_DEFAULT, entryPageSize } from "../ledger/ledger.service";
import { Wallet } from "./wallet.type";

@Resolver(() => Wallet)
export class WalletResolver {
  @FieldResolver(() => Money, { description: "The sum of every ledger entry." })
  balance(@Root() wallet: Wallet): Money {
    return Money.fromCents(wallet.balanceCents, wallet.currency);
  }

  @FieldResolver(() => Money, {
    description: "Balance minus active holds; below zero only as far as the credit limit allows.",
  })
  available(@Root() wallet: Wallet): Money {
    return Money.fromCents(wallet.balanceCents - wallet.heldCents, wallet.currency);
  }

  @FieldResolver(() => Money, { description: "How far below zero `available` may go; set by provider staff." })
  creditLimit(@Root() wallet: Wallet): Money {
    return Money.fromCents(wallet.creditLimitCents, wallet.currency);
  }

  @FieldResolver(() => [WalletHold], { description: "Holds, newest first; only active unexpired ones by default." })
  async holds(
    @Root() wallet: Wallet,
    @Arg("activeOnly", () => Boolean, { nullable: true, defaultValue: true }) activeOnly: boolean | null,
    @Ctx() ctx: WalletContext,
  ): Promise<WalletHold[]> {
    if (!canSee(ctx.caller, wallet.organizationId)) return [];
    return ctx.loaders.holdsByWalletId(activeOnly !== false).load(wallet.id);
  }

  @FieldResolver(() => [LedgerEntry], { description: "The latest entries, newest first; at most 100." })
  async entries(
    @Root() wallet: Wallet,
    @Arg("first", () => Int, { nullable: true, defaultValue: ENTRIES_DEFAULT }) first: number | null,
    @Ctx() ctx: WalletContext,
  ): Promise<LedgerEntry[]> {
    const pageSize = entryPageSize(first);
    // Wallets are reached only through a visible organisation; this holds even if that changes.
    if (!canSee(ctx.caller, wallet.organizationId)) return [];
    return ctx.loaders.latestEntriesByWalletId(pageSize).load(wallet.id);
  }
}
