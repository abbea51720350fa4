import { canSee, Money } from "@dcx/kit";
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from "type-graphql";
import type { WalletContext } from "../context";
import { Wallet } from "../wallet/wallet.type";
import { assertMaySetSuspensionPolicy } from "./arrears-access";
import { shortfallCents } from "./arrears-job";
import { SuspensionPolicy, WalletArrears } from "./arrears.type";
import { setSuspensionPolicy } from "./suspension-policy.service";

@Resolver(() => Wallet)
export class WalletArrearsResolver {
  @FieldResolver(() => WalletArrears, {
    nullable: true,
    description:
      "The current episode of unpaid usage; null when available money is at or above minus the credit limit.",
  })
  async arrears(@Root() wallet: Wallet, @Ctx() ctx: WalletContext): Promise<WalletArrears | null> {
    if (!canSee(ctx.caller, wallet.organizationId)) return null;
    const open = await ctx.loaders.openArrearsByWalletId.load(wallet.id);
    if (!open) return null;
    return {
      since: open.startedAt,
      graceEndsAt: open.graceEndsAt,
      vmsSuspendedAt: open.suspendedAt,
      shortfall: Money.fromCents(
        shortfallCents(wallet.balanceCents - wallet.heldCents, wallet.creditLimitCents),
        wallet.currency,
      ),
    };
  }

  @FieldResolver(() => SuspensionPolicy)
  suspensionPolicy(@Root() wallet: Wallet): SuspensionPolicy {
    return wallet.suspension;
  }
}

@Resolver()
export class SuspensionPolicyMutationResolver {
  @Mutation(() => SuspensionPolicy, {
    description:
      "Turns suspension for unpaid usage on or off for an organisation and sets its grace period (provider staff). " +
      "Off ends an episode at once and lifts a suspension already made.",
  })
  async setSuspensionPolicy(
    @Arg("organizationId", () => ID) organizationId: string,
    @Arg("enabled", () => Boolean) enabled: boolean,
    @Arg("graceHours", () => Int, { nullable: true, description: "24–720; null keeps the current one." })
    graceHours: number | null,
    @Ctx() ctx: WalletContext,
  ): Promise<SuspensionPolicy> {
    assertMaySetSuspensionPolicy(ctx, organizationId);
    const row = await setSuspensionPolicy(
      ctx.db,
      { organizationId, enabled, graceHours: graceHours ?? null },
      ctx.deps.clock(),
    );
    return { enabled: row.suspensionEnabled, graceHours: row.suspensionGraceHours };
  }
}
