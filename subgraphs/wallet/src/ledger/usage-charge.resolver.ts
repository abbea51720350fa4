import { DecimalScalar } from "@dcx/kit";
import { Args, ArgsType, Ctx, Field, ID, Mutation, Resolver } from "type-graphql";
import type { WalletContext } from "../context";
import { centsOf } from "../hold/hold-amount";
import { assertClientIdempotencyKey } from "./entry-request";
import { LedgerEntry } from "./ledger-entry.type";
import { inGraphTerms } from "./ledger-mutation.resolver";
import { assertMayPostUsageCharges } from "./usage-charge-access";
import { postUsageCharge } from "./usage-charge.service";

@ArgsType()
class UsageChargeArgs {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => DecimalScalar)
  amount!: string;

  @Field(() => String)
  description!: string;

  @Field(() => String)
  idempotencyKey!: string;
}

/** Metered usage from the billing service (or re-posted by provider staff). */
@Resolver()
export class UsageChargeResolver {
  @Mutation(() => LedgerEntry, {
    description:
      "Posts a day's metered usage (VAT included) to the organisation's wallet: a positive amount is a charge, " +
      "a negative one gives back an earlier over-charge. Idempotent per key. Provider staff, or the billing service.",
  })
  async postUsageCharge(
    @Args(() => UsageChargeArgs) args: UsageChargeArgs,
    @Ctx() ctx: WalletContext,
  ): Promise<LedgerEntry> {
    assertMayPostUsageCharges(ctx, args.organizationId);
    const amountCents = centsOf(args.amount, "amount");
    assertClientIdempotencyKey(args.idempotencyKey);
    try {
      return await postUsageCharge(
        ctx.db,
        {
          organizationId: args.organizationId,
          amountCents,
          description: args.description,
          idempotencyKey: args.idempotencyKey,
        },
        ctx.deps.clock(),
      );
    } catch (error) {
      throw inGraphTerms(error, "description");
    }
  }
}
