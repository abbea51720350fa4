import { assertCanWrite, badUserInput, DecimalScalar, DomainError, parseScaled, requireProviderStaff } from "@dcx/kit";
import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { WalletContext } from "../context";
import { EntryKind, LedgerEntry } from "./ledger-entry.type";
import { assertClientIdempotencyKey } from "./entry-request";
import { postEntry } from "./ledger.service";

const WHAT = "credit, refund or adjust wallets";

interface MoneyMutation {
  organizationId: string;
  amount: string;
  /** The description, under the name the mutation gives it (`description` or `reason`). */
  text: { field: "description" | "reason"; value: string };
  idempotencyKey: string;
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
  grantCredit(
    @Arg("organizationId", () => ID) organizationId: string,
    @Arg("amount", () => DecimalScalar) amount: string,
    @Arg("description", () => String) description: string,
    @Arg("idempotencyKey", () => String) idempotencyKey: string,
    @Ctx() ctx: WalletContext,
  ): Promise<LedgerEntry> {
    return post(ctx, EntryKind.CREDIT_GRANT, {
      organizationId,
      amount,
      text: { field: "description", value: description },
      idempotencyKey,
    });
  }

  @Mutation(() => LedgerEntry, {
    description: "Gives money back to the organisation's wallet (provider staff): a positive REFUND entry. Idempotent.",
  })
  refundToWallet(
    @Arg("organizationId", () => ID) organizationId: string,
    @Arg("amount", () => DecimalScalar) amount: string,
    @Arg("description", () => String) description: string,
    @Arg("idempotencyKey", () => String) idempotencyKey: string,
    @Ctx() ctx: WalletContext,
  ): Promise<LedgerEntry> {
    return post(ctx, EntryKind.REFUND, {
      organizationId,
      amount,
      text: { field: "description", value: description },
      idempotencyKey,
    });
  }

  @Mutation(() => LedgerEntry, {
    description:
      "Corrects the balance (provider staff): an ADJUSTMENT entry, signed and non-zero, with the reason as its " +
      "description. Not limited by the balance. Idempotent.",
  })
  adjustWallet(
    @Arg("organizationId", () => ID) organizationId: string,
    @Arg("amount", () => DecimalScalar) amount: string,
    @Arg("reason", () => String) reason: string,
    @Arg("idempotencyKey", () => String) idempotencyKey: string,
    @Ctx() ctx: WalletContext,
  ): Promise<LedgerEntry> {
    return post(ctx, EntryKind.ADJUSTMENT, {
      organizationId,
      amount,
      text: { field: "reason", value: reason },
      idempotencyKey,
    });
  }
}

/** Provider owner or admin who may write, first: anyone else is refused before anything is read or written. */
async function post(ctx: WalletContext, kind: EntryKind, input: MoneyMutation): Promise<LedgerEntry> {
  assertCanWrite(requireProviderStaff(ctx.caller, WHAT), input.organizationId);
  let amountCents: bigint;
  try {
    amountCents = parseScaled(input.amount, 2);
  } catch {
    throw badUserInput("amount must be a rand amount with at most two decimals", "amount");
  }
  assertClientIdempotencyKey(input.idempotencyKey);
  try {
    return await postEntry(ctx.db, {
      organizationId: input.organizationId,
      kind,
      amountCents,
      description: input.text.value,
      idempotencyKey: input.idempotencyKey,
    });
  } catch (error) {
    throw inGraphTerms(error, input.text.field);
  }
}

/** `postEntry` names its own parameters; the graph's callers know the mutation's argument names. */
function inGraphTerms(error: unknown, textField: string): unknown {
  if (!(error instanceof DomainError) || error.extensions.code !== "BAD_USER_INPUT") return error;
  const renamed = { amountCents: "amount", description: textField }[String(error.extensions.field)];
  return renamed
    ? badUserInput(error.message.replace(/^Description/, textField === "reason" ? "Reason" : "Description"), renamed)
    : error;
}
