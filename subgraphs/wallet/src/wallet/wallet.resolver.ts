import { canSee, decodeTimeCursor, encodeTimeCursor, Money } from "@dcx/kit";
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { WalletContext } from "../context";
import { WalletHold } from "../hold/hold.type";
import { LedgerEntryConnection } from "../ledger/ledger-connection.type";
import { LedgerEntry } from "../ledger/ledger-entry.type";
import { ENTRIES_DEFAULT, entryPageSize } from "../ledger/ledger.service";
import { UsageRunway, usageRunway } from "./usage-runway";
import { WalletBreakdown } from "./wallet-breakdown.type";
import { Wallet } from "./wallet.type";

@Resolver(() => Wallet)
export class WalletResolver {
  @FieldResolver(() => Money, { description: "The sum of every ledger entry." })
  balance(@Root() wallet: Wallet): Money {
    return Money.fromCents(wallet.balanceCents, wallet.currency);
  }

  @FieldResolver(() => Money, {
    description:
      "Balance minus active holds. Holds and charges stop at minus the credit limit; only metered usage, already consumed, is charged beyond it.",
  })
  available(@Root() wallet: Wallet): Money {
    return Money.fromCents(wallet.balanceCents - wallet.heldCents, wallet.currency);
  }

  @FieldResolver(() => Money, {
    description: "How far below zero holds and charges may take `available`; set by provider staff.",
  })
  creditLimit(@Root() wallet: Wallet): Money {
    return Money.fromCents(wallet.creditLimitCents, wallet.currency);
  }

  @FieldResolver(() => UsageRunway, {
    nullable: true,
    description: "How many days the available money lasts at the recent daily usage charges; null before any.",
  })
  async usageRunway(@Root() wallet: Wallet, @Ctx() ctx: WalletContext): Promise<UsageRunway | null> {
    const daily = await ctx.loaders.dailyUsageByWalletId.load(wallet.id);
    return daily === null ? null : usageRunway(wallet.balanceCents - wallet.heldCents, daily, wallet.currency);
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

  @FieldResolver(() => WalletBreakdown, {
    description: "Where the balance came from: paid, granted, spent and adjusted, summed from the ledger.",
  })
  breakdown(@Root() wallet: Wallet): WalletBreakdown {
    return WalletBreakdown.of(wallet.breakdown, wallet.currency);
  }

  @FieldResolver(() => LedgerEntryConnection, {
    description:
      "The ledger page by page, newest first: `first` entries (default 20, at most 100) older than the `after` " +
      "cursor. Entries written meanwhile never shift later pages. A malformed cursor is BAD_USER_INPUT.",
  })
  async transactions(
    @Root() wallet: Wallet,
    @Arg("first", () => Int, { nullable: true, defaultValue: ENTRIES_DEFAULT }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: WalletContext,
  ): Promise<LedgerEntryConnection> {
    const pageSize = entryPageSize(first);
    const cursor = decodeTimeCursor(after);
    if (!canSee(ctx.caller, wallet.organizationId)) {
      return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, walletId: null };
    }
    const page = await ctx.loaders.entryPageByWalletId(pageSize, cursor).load(wallet.id);
    const edges = page.entries.map(({ entry, cursor: at }) => ({ cursor: encodeTimeCursor(at), node: entry }));
    return {
      edges,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      walletId: wallet.id,
    };
  }
}
