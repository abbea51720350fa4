import {
  ConfigError,
  createServiceClient,
  loadPrivateKey,
  optionalUrl,
  parseEnv,
  serviceKey,
  type SubgraphConfig,
} from "@dcx/kit";
import { type UsageChargeSink, walletUsageCharges } from "./charge/wallet-charges.client";
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
