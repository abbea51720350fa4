import { DecimalScalar, Money, notFound } from "@dcx/kit";
import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { WalletContext } from "../context";
import { assertMayWriteHolds, assertMaySetCreditLimit } from "./hold-access";
import { findHoldWithOrganization } from "./hold.store";
import { setCreditLimit } from "./credit-limit.service";
import { assertHoldId } from "./hold-request";
import { centsOf } from "./hold-amount";
import { captureHold, placeHold, releaseHold } from "./hold.service";
import { WalletHold } from "./hold.type";
import { WALLET_CURRENCY } from "../wallet/wallet.service";
import { assertClientIdempotencyKey } from "../ledger/entry-request";

@Resolver()
export class HoldMutationResolver {
  @Mutation(() => WalletHold, {
    description:
      "Reserves money against the available balance (provider staff, or the VMs service). INSUFFICIENT_FUNDS (with `shortfall`, rand) when the amount plus keepAvailable does not fit.",
  })
  async placeHold(
    @Arg("organizationId", () => ID) organizationId: string,
    @Arg("amount", () => DecimalScalar) amount: string,
    @Arg("reason", () => String) reason: string,
    @Arg("idempotencyKey", () => String) idempotencyKey: string,
    @Arg("expiresAt", () => Date) expiresAt: Date,
    @Ctx() ctx: WalletContext,
    @Arg("keepAvailable", () => DecimalScalar, {
      nullable: true,
      description:
        "Rand that must still be available after the hold (e.g. the runway of VMs already running); checked under the same lock. Not part of the hold: a replay may send another figure.",
    })
    keepAvailable?: string | null,
  ): Promise<WalletHold> {
    assertMayWriteHolds(ctx, organizationId);
    const amountCents = centsOf(amount, "amount");
    const keepAvailableCents = keepAvailable == null ? undefined : centsOf(keepAvailable, "keepAvailable");
    return placeHold(ctx.db, { organizationId, amountCents, reason, idempotencyKey, expiresAt, keepAvailableCents });
  }

  @Mutation(() => WalletHold, {
    description: "Charges all or part of an active hold and releases the rest (provider staff, or the VMs service).",
  })
  async captureHold(
    @Arg("holdId", () => ID) holdId: string,
    @Arg("amount", () => DecimalScalar) amount: string,
    @Arg("description", () => String) description: string,
    @Arg("idempotencyKey", () => String) idempotencyKey: string,
    @Ctx() ctx: WalletContext,
  ): Promise<WalletHold> {
    await this.assertHoldWritable(ctx, holdId);
    const amountCents = centsOf(amount, "amount");
    assertClientIdempotencyKey(idempotencyKey);
    return (await captureHold(ctx.db, { holdId, amountCents, description, idempotencyKey })).hold;
  }

  @Mutation(() => WalletHold, {
    description: "Gives the held money back to the available balance (provider staff, or the VMs service).",
  })
  async releaseHold(@Arg("holdId", () => ID) holdId: string, @Ctx() ctx: WalletContext): Promise<WalletHold> {
    await this.assertHoldWritable(ctx, holdId);
    return releaseHold(ctx.db, { holdId });
  }

  @Mutation(() => Money, {
    description: "Sets how far below zero the organisation's available balance may go (provider staff).",
  })
  async setCreditLimit(
    @Arg("organizationId", () => ID) organizationId: string,
    @Arg("amount", () => DecimalScalar) amount: string,
    @Ctx() ctx: WalletContext,
  ): Promise<Money> {
    assertMaySetCreditLimit(ctx, organizationId);
    const amountCents = centsOf(amount, "amount");
    return Money.fromCents(
      await setCreditLimit(ctx.db, { organizationId, amountCents }, ctx.deps.clock()),
      WALLET_CURRENCY,
    );
  }

  /** A hold writer (see assertMayWriteHolds), and the hold's organisation visible to them (else NOT_FOUND). */
  private async assertHoldWritable(ctx: WalletContext, holdId: string): Promise<void> {
    assertMayWriteHolds(ctx);
    assertHoldId(holdId);
    const found = await findHoldWithOrganization(ctx.db, holdId);
    if (!found) throw notFound("Hold", holdId);
    assertMayWriteHolds(ctx, found.organizationId);
  }
}
