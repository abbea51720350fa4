import { conflict, DomainError, parseScaled } from "@dcx/kit";
import { rand } from "./runway";
import { callService, type MoneyServices, unexpected } from "./service-call";

const PLACE = `mutation($org: ID!, $amount: Decimal!, $reason: String!, $key: String!, $expiresAt: DateTimeISO!, $keep: Decimal) {
  placeHold(organizationId: $org, amount: $amount, reason: $reason, idempotencyKey: $key, expiresAt: $expiresAt, keepAvailable: $keep) {
    id amount { amount } } }`;
const RELEASE = `mutation($id: ID!) { releaseHold(holdId: $id) { id status } }`;

export interface HoldRequest {
  organizationId: string;
  amountCents: bigint;
  keepAvailableCents: bigint;
  reason: string;
  idempotencyKey: string;
  expiresAt: Date;
}

export type HoldOutcome = { held: { holdId: string; amountCents: bigint } } | { shortfallCents: bigint };

export interface WalletClient {
  /** The hold, or what the wallet lacks for it (amount + keepAvailable − what may be spent). */
  placeHold(request: HoldRequest): Promise<HoldOutcome>;
  /** Releases an active hold; a hold already released, expired or captured is left as it is. */
  releaseHold(holdId: string): Promise<void>;
}

export function createWalletClient(services: MoneyServices): WalletClient {
  return {
    async placeHold(request) {
      // Built once: a resend after a lost answer must be the very same request, or the wallet
      // would see a different request under the same idempotency key.
      const variables = {
        org: request.organizationId,
        amount: rand(request.amountCents),
        reason: request.reason,
        key: request.idempotencyKey,
        expiresAt: request.expiresAt.toISOString(),
        keep: rand(request.keepAvailableCents),
      };
      type Hold = { id: string; amount: { amount: string } };
      const response = await callService<{ placeHold: Hold }>(services, "wallet", PLACE, variables);
      const hold = response.data?.placeHold;
      if (hold) return { held: { holdId: hold.id, amountCents: parseScaled(hold.amount.amount, 2) } };
      const refusal = response.errors?.[0];
      const code = refusal?.extensions?.code;
      if (code === "INSUFFICIENT_FUNDS" && typeof refusal?.extensions?.shortfall === "string") {
        return { shortfallCents: parseScaled(refusal.extensions.shortfall, 2) };
      }
      // No wallet at all: nothing can be paid, so the whole hold and runway are short.
      if (code === "BAD_USER_INPUT" && refusal?.extensions?.field === "organizationId") {
        return { shortfallCents: request.amountCents + request.keepAvailableCents };
      }
      if (code === "CONFLICT") throw conflict(`The wallet refused the hold: ${refusal!.message}`);
      throw unexpected("wallet", response);
    },

    async releaseHold(holdId) {
      const response = await callService<{ releaseHold: { status: string } }>(services, "wallet", RELEASE, {
        id: holdId,
      });
      if (response.data?.releaseHold) return;
      // CONFLICT: the hold was captured. Settled either way: nothing is held any more.
      if (response.errors?.[0]?.extensions?.code === "CONFLICT") return;
      if (response.errors?.[0]?.extensions?.code === "NOT_FOUND") {
        throw new DomainError("NOT_FOUND", `The wallet has no hold ${holdId}`, { id: holdId });
      }
      throw unexpected("wallet", response);
    },
  };
}
