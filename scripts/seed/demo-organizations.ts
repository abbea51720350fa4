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

/** Monthly budgets in cents, VAT included: Sanlam (about R 8 500 a month) hears at 50 and 80 %. */
export const DEMO_MONTHLY_BUDGETS: Record<string, bigint> = {
  Sanlam: 1_000_000n,
};

/** Low-balance warnings (threshold in cents and who is told). Pick n Pay starts below its threshold. */
export const DEMO_LOW_BALANCE_ALERTS: Record<string, { thresholdCents: bigint; email: string }> = {
  Adcock: { thresholdCents: 500_000n, email: "finance@adcock.co.za" },
  "Pick n Pay": { thresholdCents: 500_000n, email: "it@pnp.co.za" },
};

/**
 * What each demo organisation's tax invoices show (VAT numbers invented for the demo). Every
 * reseller and customer has an address; Pick n Pay is a customer that is not VAT-registered.
 */
export const DEMO_BILLING_DETAILS: Record<string, { billingAddress: string; vatNumber: string | null }> = {
  Datacentrix: {
    billingAddress: "Datacentrix House\n11 Autumn Street\nRivonia, Sandton\nJohannesburg\n2128",
    vatNumber: "4730158264",
  },
  CloudTech: {
    billingAddress: "Unit 12, The Estuaries\nOxbow Crescent, Century City\nCape Town\n7441",
    vatNumber: "4290173845",
  },
  Vodacom: {
    billingAddress: "Vodacom Corporate Park\n82 Vodacom Boulevard\nMidrand\n1685",
    vatNumber: "4610206381",
  },
  "Pick n Pay": {
    billingAddress: "Pick n Pay Office Park\n101 Rosmead Avenue, Kenilworth\nCape Town\n7708",
    vatNumber: null,
  },
  Adcock: { billingAddress: "1 New Road\nMidrand\nJohannesburg\n1685", vatNumber: "4520187639" },
  Sanlam: { billingAddress: "2 Strand Road\nBellville\nCape Town\n7530", vatNumber: "4850194027" },
};
