import { badUserInput, canSee, DomainError } from "@dcx/kit";
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from "type-graphql";
import type { WalletContext } from "../context";
import { Wallet } from "../wallet/wallet.type";
import { setAutoTopUp } from "./auto-top-up.service";
import { payWithSavedCard } from "./card-charge.service";
import { removeSavedCard } from "./saved-card.service";
import { toCardCharge } from "./saved-card.store";
import { AutoTopUpRule, CardCharge, PayWithSavedCardInput, SavedCard, SetAutoTopUpInput } from "./saved-card.type";

const CHARGES_MAX = 50;

@Resolver(() => Wallet)
export class WalletSavedCardsResolver {
  @FieldResolver(() => [SavedCard], { description: "Cards PayGate keeps for the organisation, newest first." })
  async savedCards(@Root() wallet: Wallet, @Ctx() ctx: WalletContext): Promise<SavedCard[]> {
    if (!canSee(ctx.caller, wallet.organizationId)) return [];
    return ctx.loaders.savedCardsByWalletId.load(wallet.id);
  }

  @FieldResolver(() => AutoTopUpRule, {
    nullable: true,
    description: "The automatic top-up rule; null when none is set.",
  })
  async autoTopUp(@Root() wallet: Wallet, @Ctx() ctx: WalletContext): Promise<AutoTopUpRule | null> {
    if (!canSee(ctx.caller, wallet.organizationId)) return null;
    return ctx.loaders.autoTopUpByWalletId.load(wallet.id);
  }

  @FieldResolver(() => [CardCharge], { description: "Top-ups charged to saved cards, newest first; at most 50." })
  async cardCharges(
    @Root() wallet: Wallet,
    @Arg("first", () => Int, { nullable: true, defaultValue: 10 }) first: number | null,
    @Ctx() ctx: WalletContext,
  ): Promise<CardCharge[]> {
    const size = first ?? 10;
    if (size < 0) throw badUserInput("first must not be negative", "first");
    if (!canSee(ctx.caller, wallet.organizationId)) return [];
    return (await ctx.loaders.latestChargesByWalletId(Math.min(size, CHARGES_MAX)).load(wallet.id)).map(toCardCharge);
  }
}

@Resolver()
export class SavedCardMutationResolver {
  @Mutation(() => SavedCard, {
    description: "Forgets a saved card (owners, admins, billing users); automatic top-ups that use it are turned off.",
  })
  async removeSavedCard(@Arg("cardId", () => ID) cardId: string, @Ctx() ctx: WalletContext): Promise<SavedCard> {
    if (!ctx.caller) throw new DomainError("UNAUTHENTICATED", "Sign in first");
    return removeSavedCard(ctx.db, ctx.caller, cardId, ctx.deps.clock());
  }

  @Mutation(() => CardCharge, {
    description:
      "Tops up the wallet from a saved card through PayGate's PayHost (no card page). Credited only on PayGate's word; " +
      "the same idempotency key never charges twice.",
  })
  async payWithSavedCard(
    @Arg("input", () => PayWithSavedCardInput) input: PayWithSavedCardInput,
    @Ctx() ctx: WalletContext,
  ): Promise<CardCharge> {
    if (!ctx.caller) throw new DomainError("UNAUTHENTICATED", "Sign in first");
    return payWithSavedCard(ctx.db, ctx.deps.cards, ctx.caller, input, ctx.deps.clock());
  }

  @Mutation(() => AutoTopUpRule, {
    description:
      "Sets the automatic top-up (owners, admins, billing users): when available falls below the threshold, top up " +
      "the amount from the card, at most once per minHoursBetween hours and monthlyCap per month.",
  })
  async setAutoTopUp(
    @Arg("input", () => SetAutoTopUpInput) input: SetAutoTopUpInput,
    @Ctx() ctx: WalletContext,
  ): Promise<AutoTopUpRule> {
    return setAutoTopUp(ctx.db, ctx.caller, input, ctx.deps.clock());
  }
}
