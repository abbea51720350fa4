import { canSee, DecimalScalar } from "@dcx/kit";
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import type { WalletContext } from "../context";
import { centsOf } from "../hold/hold-amount";
import { requireMoneyRole } from "../wallet/wallet-access";
import { Wallet } from "../wallet/wallet.type";
import { setLowBalanceAlert, toAlert } from "./low-balance-alert.service";
import { LowBalanceAlert } from "./low-balance-alert.type";

@Resolver(() => Wallet)
export class WalletAlertResolver {
  @FieldResolver(() => LowBalanceAlert, { nullable: true, description: "Null when no warning is set." })
  lowBalanceAlert(@Root() wallet: Wallet, @Ctx() ctx: WalletContext): LowBalanceAlert | null {
    // Read with the wallet itself; wallets are reached only through a visible organisation, and
    // this holds even if that changes.
    return canSee(ctx.caller, wallet.organizationId) ? toAlert(wallet.lowBalance) : null;
  }
}

@Resolver()
export class LowBalanceAlertMutationResolver {
  @Mutation(() => LowBalanceAlert, {
    nullable: true,
    description: "Sets the low-balance warning (owners, admins, billing); a null threshold turns it off.",
  })
  async setLowBalanceAlert(
    @Arg("organizationId", () => ID) organizationId: string,
    @Arg("threshold", () => DecimalScalar, { nullable: true }) threshold: string | null,
    @Arg("email", () => String, { nullable: true }) email: string | null,
    @Ctx() ctx: WalletContext,
  ): Promise<LowBalanceAlert | null> {
    requireMoneyRole(ctx.caller, organizationId);
    const thresholdCents = threshold === null || threshold === undefined ? null : centsOf(threshold, "threshold");
    return setLowBalanceAlert(ctx.db, { organizationId, thresholdCents, email: email ?? null }, ctx.deps.clock());
  }
}
