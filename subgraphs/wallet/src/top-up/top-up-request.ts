import { badUserInput, formatScaled, isEmailAddress } from "@dcx/kit";
import { centsOf } from "../hold/hold-amount";
import { assertIdempotencyKey, fingerprintOf } from "../ledger/entry-request";
import { assertOrganizationId } from "../wallet/wallet.errors";

export const TOP_UP_MIN_CENTS = 10_00n;
export const TOP_UP_MAX_CENTS = 500_000_00n;

/** A plain address (no display name), trimmed and lower-cased, by the platform's one rule; else BAD_USER_INPUT. */
export function normalisedEmail(value: unknown, field = "email"): string {
  const email = typeof value === "string" ? value.trim().toLowerCase() : "";
  if (!isEmailAddress(email)) throw badUserInput(`${field} must be an e-mail address`, field);
  return email;
}

export interface TopUpRequest {
  organizationId: string;
  amountCents: bigint;
  email: string;
  idempotencyKey: string;
  fingerprint: string;
  saveCard: boolean;
}

/** A top-up's amount in cents, R10.00 to R500 000.00 (BAD_USER_INPUT on `amount` otherwise). */
export function topUpAmountCents(amount: string): bigint {
  const amountCents = centsOf(amount, "amount");
  if (amountCents < TOP_UP_MIN_CENTS || amountCents > TOP_UP_MAX_CENTS) {
    throw badUserInput(
      `A top-up must be between R${formatScaled(TOP_UP_MIN_CENTS, 2)} and R${formatScaled(TOP_UP_MAX_CENTS, 2)}`,
      "amount",
    );
  }
  return amountCents;
}

/** Checks every rule that needs no database; BAD_USER_INPUT names the field. */
export function validateTopUpRequest(input: {
  organizationId: string;
  amount: string;
  email: string;
  idempotencyKey: string;
  saveCard?: boolean | null;
}): TopUpRequest {
  assertOrganizationId(input.organizationId);
  const amountCents = topUpAmountCents(input.amount);
  const email = normalisedEmail(input.email);
  assertIdempotencyKey(input.idempotencyKey);
  return {
    organizationId: input.organizationId,
    amountCents,
    email,
    idempotencyKey: input.idempotencyKey,
    // Saving the card is part of the request; without it the fingerprint is what it always was.
    fingerprint: fingerprintOf(["top-up", amountCents.toString(), email, ...(input.saveCard ? ["save-card"] : [])]),
    saveCard: input.saveCard === true,
  };
}
