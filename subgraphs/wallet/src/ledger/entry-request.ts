import { createHash } from "node:crypto";
import { badUserInput, cleanText } from "@dcx/kit";
import { EntryKind } from "./ledger-entry.type";

export interface PostEntryInput {
  organizationId: string;
  /** Signed cents: positive adds to the balance, negative takes from it. */
  amountCents: bigint;
  kind: EntryKind;
  description: string;
  /** Chosen by the caller; repeating a request with the same key never writes twice. */
  idempotencyKey: string;
}

export const DESCRIPTION_MAX = 200;
/** Ledger keys the wallet writes itself (a top-up's credit is `top-up:<id>`); no client may choose one. */
export const RESERVED_KEY_PREFIX = "top-up:";
export const IDEMPOTENCY_KEY_MIN = 8;
export const IDEMPOTENCY_KEY_MAX = 200;
export const INT8_MAX = 2n ** 63n - 1n;

/** The sign each kind must carry; adjustments correct in either direction. */
const SIGN_RULE: Record<EntryKind, { test: (cents: bigint) => boolean; wording: string }> = {
  [EntryKind.TOP_UP]: { test: (c) => c > 0n, wording: "positive" },
  [EntryKind.CREDIT_GRANT]: { test: (c) => c > 0n, wording: "positive" },
  [EntryKind.REFUND]: { test: (c) => c > 0n, wording: "positive" },
  [EntryKind.CHARGE]: { test: (c) => c < 0n, wording: "negative" },
  [EntryKind.ADJUSTMENT]: { test: (c) => c !== 0n, wording: "non-zero" },
};

export interface EntryRequest {
  kind: EntryKind;
  amountCents: bigint;
  description: string;
  idempotencyKey: string;
  /** Identifies what was asked for, to tell a replay from a different request under the same key. */
  fingerprint: string;
}

/** Checks every rule that needs no database; throws BAD_USER_INPUT naming the field. */
export function validateEntryRequest(input: PostEntryInput): EntryRequest {
  const { kind, amountCents, idempotencyKey } = input;
  if (!Object.values(EntryKind).includes(kind)) throw badUserInput(`Unknown entry kind ${String(kind)}`, "kind");
  if (typeof amountCents !== "bigint") throw badUserInput("Amount must be a whole number of cents", "amountCents");
  if (amountCents === 0n) throw badUserInput("Amount must not be zero", "amountCents");
  if (amountCents > INT8_MAX || amountCents < -INT8_MAX) throw badUserInput("Amount is out of range", "amountCents");
  const rule = SIGN_RULE[kind];
  if (!rule.test(amountCents)) throw badUserInput(`A ${kind} amount must be ${rule.wording}`, "amountCents");

  // What a person typed (a grant's description, an adjustment's reason): the kit's one text rule.
  const description = cleanText(input.description, {
    field: "description",
    label: "Description",
    maxLength: DESCRIPTION_MAX,
  });
  assertIdempotencyKey(idempotencyKey);
  const fingerprint = fingerprintOf([kind, amountCents.toString(), description]);
  return { kind, amountCents, description, idempotencyKey, fingerprint };
}

/** Identifies what a request asked for, to tell a replay from a different request under the same key. */
export const fingerprintOf = (parts: unknown[]) => createHash("sha256").update(JSON.stringify(parts)).digest("hex");

/**
 * Every money request's key: 8–200 characters, chosen by the caller, taken exactly as sent (no
 * trimming: a key is an identifier) and free of control and text-direction characters.
 */
export function assertIdempotencyKey(key: unknown): asserts key is string {
  const rule = {
    field: "idempotencyKey",
    label: "Idempotency key",
    minLength: IDEMPOTENCY_KEY_MIN,
    maxLength: IDEMPOTENCY_KEY_MAX,
  };
  if (cleanText(key, rule) !== key) throw badUserInput("Idempotency key must not start or end with spaces", rule.field);
}

/** A key a client chose: the wallet's own prefix is refused, so no one can take a top-up's key first. */
export function assertClientIdempotencyKey(key: string): void {
  if (typeof key === "string" && key.startsWith(RESERVED_KEY_PREFIX)) {
    throw badUserInput(`Idempotency keys starting with "${RESERVED_KEY_PREFIX}" are reserved`, "idempotencyKey");
  }
}
