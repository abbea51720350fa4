import {
  ConfigError,
  createServiceClient,
  loadPrivateKey,
  optionalUrl,
  parseEnv,
  serviceKey,
  type SubgraphConfig,
} from "@dcx/kit";
import { z } from "zod";
import { type UsageChargeSink, walletUsageCharges } from "./charge/wallet-charges.client";
import type { CloseOptions } from "./invoice/close-month.service";
import { type InvoicePartySource, tenancyInvoiceParties } from "./invoice/invoice-parties.client";
import { DEFAULT_PROVIDER_PREFIX, isValidPrefix } from "./invoice/invoice-number";
import { catalogPriceSchedule, type PriceScheduleSource } from "./pricing/price-schedule.client";

const KEY = serviceKey("telemetry-billing");

/**
 * The catalog's price schedule, or null without `TELEMETRY_BILLING_CATALOG_URL` (usage is still
 * metered; bills price it once prices have been copied). Signs with the same key as alert e-mails
 * (`TELEMETRY_BILLING_SERVICE_SIGNING_KEY_FILE`, required in production).
 */
export function loadPriceScheduleSource(
  config: Pick<SubgraphConfig, "dataRoot" | "nodeEnv">,
  env: Record<string, string | undefined>,
): PriceScheduleSource | null {
  const { TELEMETRY_BILLING_CATALOG_URL: catalogUrl } = parseEnv({ TELEMETRY_BILLING_CATALOG_URL: optionalUrl() }, env);
  if (!catalogUrl) return null;
  return catalogPriceSchedule(
    createServiceClient({
      service: "telemetry-billing",
      privateKey: signingKey(config, env, "TELEMETRY_BILLING_CATALOG_URL"),
      targets: { catalog: catalogUrl },
    }),
  );
}

/** The key this service signs with (the development key outside production). */
function signingKey(
  config: Pick<SubgraphConfig, "dataRoot" | "nodeEnv">,
  env: Record<string, string | undefined>,
  neededFor: string,
) {
  const production = config.nodeEnv === "production";
  const keyFile = env[KEY.privateKeyVariable] || undefined;
  if (production && !keyFile) {
    throw new ConfigError([`${KEY.privateKeyVariable}: required in production with ${neededFor}`]);
  }
  return loadPrivateKey({ key: KEY, file: keyFile, dataDir: config.dataRoot, production });
}

/**
 * The wallet's ledger for daily usage charges, or null without `TELEMETRY_BILLING_WALLET_URL`
 * (usage is metered and billed; nothing is charged until it is set).
 */
export function loadUsageChargeSink(
  config: Pick<SubgraphConfig, "dataRoot" | "nodeEnv">,
  env: Record<string, string | undefined>,
): UsageChargeSink | null {
  const { TELEMETRY_BILLING_WALLET_URL: walletUrl } = parseEnv({ TELEMETRY_BILLING_WALLET_URL: optionalUrl() }, env);
  if (!walletUrl) return null;
  return walletUsageCharges(
    createServiceClient({
      service: "telemetry-billing",
      privateKey: signingKey(config, env, "TELEMETRY_BILLING_WALLET_URL"),
      targets: { wallet: walletUrl },
    }),
  );
}

/**
 * The invoices' parties from tenancy, or null without `TELEMETRY_BILLING_TENANCY_URL` (months are
 * then not closed, and reseller commissions are set without checking the reseller).
 */
export function loadInvoicePartySource(
  config: Pick<SubgraphConfig, "dataRoot" | "nodeEnv">,
  env: Record<string, string | undefined>,
): InvoicePartySource | null {
  const { TELEMETRY_BILLING_TENANCY_URL: tenancyUrl } = parseEnv({ TELEMETRY_BILLING_TENANCY_URL: optionalUrl() }, env);
  if (!tenancyUrl) return null;
  return tenancyInvoiceParties(
    createServiceClient({
      service: "telemetry-billing",
      privateKey: signingKey(config, env, "TELEMETRY_BILLING_TENANCY_URL"),
      targets: { tenancy: tenancyUrl },
    }),
  );
}

/**
 * How months are closed: `BILLING_CLOSE_DELAY_HOURS` (default 2, 0–168) after a month's end for
 * late usage events, `BILLING_PROVIDER_INVOICE_PREFIX` (default DCX) for the provider's numbers.
 * Null without parties to name on the invoices.
 */
export function loadMonthClosing(
  parties: InvoicePartySource | null,
  env: Record<string, string | undefined>,
): Omit<CloseOptions, "log"> | null {
  const settings = parseEnv(
    {
      BILLING_CLOSE_DELAY_HOURS: z.coerce.number().int().min(0).max(168).default(2),
      BILLING_PROVIDER_INVOICE_PREFIX: z
        .string()
        .default(DEFAULT_PROVIDER_PREFIX)
        .refine(isValidPrefix, "1 to 8 capital letters or digits"),
    },
    env,
  );
  if (!parties) return null;
  return {
    parties,
    closeDelayHours: settings.BILLING_CLOSE_DELAY_HOURS,
    providerPrefix: settings.BILLING_PROVIDER_INVOICE_PREFIX,
  };
}
