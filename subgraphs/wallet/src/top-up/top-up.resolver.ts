import { badUserInput, canSee, DomainError, isUuid } from "@dcx/kit";
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { WalletContext } from "../context";
import { requireMoneyRole } from "../wallet/wallet-access";
import { Wallet } from "../wallet/wallet.type";
import { startTopUp } from "./top-up.service";
import { findTopUpById, toTopUp } from "./top-up.store";
import { StartTopUpInput, TopUp, TopUpStart } from "./top-up.type";

const TOP_UPS_MAX = 50;

@Resolver(() => Wallet)
export class WalletTopUpsResolver {
  @FieldResolver(() => [TopUp], { description: "Card top-ups, newest first; at most 50." })
  async topUps(
    @Root() wallet: Wallet,
    @Arg("first", () => Int, { nullable: true, defaultValue: 10 }) first: number | null,
    @Ctx() ctx: WalletContext,
  ): Promise<TopUp[]> {
    const size = first ?? 10;
    if (size < 0) throw badUserInput("first must not be negative", "first");
    if (!canSee(ctx.caller, wallet.organizationId)) return [];
    return ctx.loaders.latestTopUpsByWalletId(Math.min(size, TOP_UPS_MAX)).load(wallet.id);
  }
}

@Resolver()
export class TopUpResolver {
  @Query(() => TopUp, { nullable: true, description: "A card top-up; null when unknown or not yours to see." })
  async topUp(@Arg("id", () => ID) id: string, @Ctx() ctx: WalletContext): Promise<TopUp | null> {
    if (!ctx.caller) throw new DomainError("UNAUTHENTICATED", "Sign in first");
    if (!isUuid(id)) return null;
    const found = await findTopUpById(ctx.db, id);
    if (!found || !canSee(ctx.caller, found.organizationId)) return null;
    return toTopUp(found);
  }

  @Mutation(() => TopUpStart, {
    description:
      "Starts a card top-up through PayGate and returns the payment page to send the browser to. " +
      "The wallet is credited only when PayGate confirms the payment.",
  })
  async startTopUp(@Arg("input", () => StartTopUpInput) input: StartTopUpInput, @Ctx() ctx: WalletContext) {
    const caller = requireMoneyRole(ctx.caller, input.organizationId);
    return startTopUp(ctx.db, ctx.deps.topUps, { ...input, requestedBy: `${caller.kind}:${caller.id}` });
  }
}
