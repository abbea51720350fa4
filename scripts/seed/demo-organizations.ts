/** The demo tenants: the provider, one reseller with its customers, and direct customers. */
export const DEMO_PROVIDER = "Datacentrix";

export const DEMO_RESELLERS = [{ name: "CloudTech", customers: ["Vodacom", "Pick n Pay"] }] as const;

export const DEMO_DIRECT_CUSTOMERS = ["Adcock", "Sanlam"] as const;

/** Opening wallet balances in cents, granted as provider credit. */
export const DEMO_WALLET_CENTS: Record<string, bigint> = {
  Datacentrix: 0n,
  CloudTech: 1_500_000n,
  Vodacom: 12_000_000n,
  "Pick n Pay": 450_000n,
  Adcock: 2_500_000n,
  Sanlam: 875_050n,
};

/** Low-balance warnings (threshold in cents and who is told). Pick n Pay starts below its threshold. */
export const DEMO_LOW_BALANCE_ALERTS: Record<string, { thresholdCents: bigint; email: string }> = {
  Adcock: { thresholdCents: 500_000n, email: "finance@adcock.co.za" },
  "Pick n Pay": { thresholdCents: 500_000n, email: "it@pnp.co.za" },
};
