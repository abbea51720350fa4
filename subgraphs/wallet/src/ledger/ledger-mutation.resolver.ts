import { assertCanWrite, badUserInput, DecimalScalar, DomainError, requireProviderStaff } from "@dcx/kit";
import { Args, ArgsType, Ctx, Field, ID, Mutation, Resolver } from "type-graphql";
import type { WalletContext } from "../context";
import { centsOf } from "../hold/hold-amount";
import { EntryKind, LedgerEntry } from "./ledger-entry.type";
import { assertClientIdempotencyKey } from "./entry-request";
import { postEntry } from "./ledger.service";

const WHAT = "credit, refund or adjust wallets";

@ArgsType()
class MoneyMovementArgs {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => DecimalScalar)
  amount!: string;

  @Field(() => String)
  idempotencyKey!: string;
}

@ArgsType()
class EntryArgs extends MoneyMovementArgs {
  @Field(() => String)
  description!: string;
}

@ArgsType()
class AdjustmentArgs extends MoneyMovementArgs {
  @Field(() => String)
  reason!: string;
}

interface MoneyMutation extends MoneyMovementArgs {
  /** The description, under the name the mutation gives it (`description` or `reason`). */
  text: { field: "description" | "reason"; value: string };
}

/**
 * Money that provider staff move by hand: credit they give, refunds and corrections. Each is one
 * ledger entry through `postEntry` (row lock, idempotency key and fingerprint, sign rules).
 */
@Resolver()
export class LedgerMutationResolver {
  @Mutation(() => LedgerEntry, {
    description:
      "Gives the organisation credit (provider staff): a positive CREDIT_GRANT entry, kept apart from money paid " +
      "in. The same idempotency key with the same request returns the same entry; with another request, CONFLICT.",
  })
  grantCredit(@Args(() => EntryArgs) args: EntryArgs, @Ctx() ctx: WalletContext): Promise<LedgerEntry> {
    return post(ctx, EntryKind.CREDIT_GRANT, { ...args, text: { field: "description", value: args.description } });
  }

  @Mutation(() => LedgerEntry, {
    description: "Gives money back to the organisation's wallet (provider staff): a positive REFUND entry. Idempotent.",
  })
  refundToWallet(@Args(() => EntryArgs) args: EntryArgs, @Ctx() ctx: WalletContext): Promise<LedgerEntry> {
    return post(ctx, EntryKind.REFUND, { ...args, text: { field: "description", value: args.description } });
  }

  @Mutation(() => LedgerEntry, {
    description:
      "Corrects the balance (provider staff): an ADJUSTMENT entry, signed and non-zero, with the reason as its " +
      "description. Not limited by the balance. Idempotent.",
  })
  adjustWallet(@Args(() => AdjustmentArgs) args: AdjustmentArgs, @Ctx() ctx: WalletContext): Promise<LedgerEntry> {
    return post(ctx, EntryKind.ADJUSTMENT, { ...args, text: { field: "reason", value: args.reason } });
  }
}

/** Provider owner or admin who may write, first: anyone else is refused before anything is read or written. */
async function post(ctx: WalletContext, kind: EntryKind, input: MoneyMutation): Promise<LedgerEntry> {
  assertCanWrite(requireProviderStaff(ctx.caller, WHAT), input.organizationId);
  const amountCents = centsOf(input.amount, "amount");
  assertClientIdempotencyKey(input.idempotencyKey);
  try {
    return await postEntry(
      ctx.db,
      {
        organizationId: input.organizationId,
        kind,
        amountCents,
        description: input.text.value,
        idempotencyKey: input.idempotencyKey,
      },
      ctx.deps.clock(),
      // A customer created in the console has no wallet until its first money: this opens it.
      { openWallet: true },
    );
  } catch (error) {
    throw inGraphTerms(error, input.text.field);
  }
}

/** `postEntry` names its own parameters; the graph's callers know the mutation's argument names. */
export function inGraphTerms(error: unknown, textField: string): unknown {
  if (!(error instanceof DomainError) || error.extensions.code !== "BAD_USER_INPUT") return error;
  const renamed = { amountCents: "amount", description: textField }[String(error.extensions.field)];
  return renamed
    ? badUserInput(error.message.replace(/^Description/, textField === "reason" ? "Reason" : "Description"), renamed)
    : error;
}
