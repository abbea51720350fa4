import { formatScaled, type ServiceClient } from "@dcx/kit";

export interface UsageChargeRequest {
  organizationId: string;
  amountCents: bigint;
  description: string;
  idempotencyKey: string;
}

/** The wallet answered and would not take the charge (e.g. the organisation has no wallet yet). */
export class UsageChargeRefused extends Error {}

/**
 * Where a day's charges go; `post` resolves only once the wallet has the entry. It throws
 * `UsageChargeRefused` when the wallet refuses that charge, any other error when it cannot be asked.
 */
export type UsageChargeSink = (charge: UsageChargeRequest) => Promise<void>;

const POST_USAGE_CHARGE = `mutation($organizationId: ID!, $amount: Decimal!, $description: String!, $idempotencyKey: String!) {
  postUsageCharge(organizationId: $organizationId, amount: $amount, description: $description, idempotencyKey: $idempotencyKey) { id }
}`;

/**
 * Posts to the wallet's ledger, signing as `telemetry-billing` (the wallet must trust it:
 * `WALLET_TRUSTED_SERVICES=vms,telemetry-billing`). Throws on anything but the entry.
 */
export function walletUsageCharges(client: ServiceClient<"wallet">): UsageChargeSink {
  return async (charge) => {
    const response = await client.request<{ postUsageCharge: { id: string } }>("wallet", POST_USAGE_CHARGE, {
      organizationId: charge.organizationId,
      amount: formatScaled(charge.amountCents, 2),
      description: charge.description,
      idempotencyKey: charge.idempotencyKey,
    });
    if (!response.data?.postUsageCharge) {
      const [first] = response.errors ?? [];
      throw new UsageChargeRefused(
        `the wallet did not take the charge: ${first?.extensions?.code ?? "error"}: ${first?.message ?? "no answer"}`,
      );
    }
  };
}
