import { badUserInput, cleanText, isUuid } from "@dcx/kit";
import { assertIdempotencyKey, DESCRIPTION_MAX, fingerprintOf, INT8_MAX } from "../ledger/entry-request";

/** A positive whole number of cents that fits a bigint column. */
export function assertPositiveCents(amountCents: bigint, field = "amountCents"): void {
  if (typeof amountCents !== "bigint") throw badUserInput("Amount must be a whole number of cents", field);
  if (amountCents <= 0n) throw badUserInput("Amount must be positive", field);
  if (amountCents > INT8_MAX) throw badUserInput("Amount is out of range", field);
}

/** A reason or description a person typed: the kit's one rule for free text, 1–200 characters. */
export const cleanNote = (value: unknown, field: "reason" | "description") =>
  cleanText(value, { field, label: field === "reason" ? "Reason" : "Description", maxLength: DESCRIPTION_MAX });

export function assertHoldId(holdId: string): void {
  if (typeof holdId !== "string" || !isUuid(holdId)) throw badUserInput("holdId must be a UUID", "holdId");
}

export interface PlaceHoldInput {
  organizationId: string;
  amountCents: bigint;
  reason: string;
  idempotencyKey: string;
  expiresAt: Date;
  /**
   * What must still be available once the hold is placed (e.g. the runway of what the
   * organisation already runs); 0 when absent. A condition on placing the hold, not part of it:
   * it is left out of the fingerprint, so a retry whose figure moved meanwhile is still a replay.
   */
  keepAvailableCents?: bigint | undefined;
}

/** Checks every rule that needs no database; `now` is the caller's clock. */
export function validateHoldRequest(input: PlaceHoldInput, now: Date) {
  assertPositiveCents(input.amountCents);
  const reason = cleanNote(input.reason, "reason");
  assertIdempotencyKey(input.idempotencyKey);
  const { expiresAt } = input;
  if (!(expiresAt instanceof Date) || Number.isNaN(expiresAt.getTime())) {
    throw badUserInput("expiresAt must be a date", "expiresAt");
  }
  if (expiresAt.getTime() <= now.getTime()) throw badUserInput("expiresAt must be in the future", "expiresAt");
  const keepAvailableCents = input.keepAvailableCents ?? 0n;
  if (typeof keepAvailableCents !== "bigint" || keepAvailableCents < 0n || keepAvailableCents > INT8_MAX) {
    throw badUserInput("keepAvailable must be zero or a positive amount", "keepAvailable");
  }
  // The expiry is left out too: a caller resending after a lost answer computes it again from its
  // own clock, and the resend must meet the hold it placed (which keeps its first expiry).
  const fingerprint = fingerprintOf([input.amountCents.toString(), reason]);
  return {
    amountCents: input.amountCents,
    reason,
    expiresAt,
    idempotencyKey: input.idempotencyKey,
    fingerprint,
    keepAvailableCents,
  };
}
