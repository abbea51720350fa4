import path from "node:path";
import {
  ConfigError,
  createServiceClient,
  loadPrivateKey,
  nodeEnv,
  optionalUrl,
  parseEnv,
  repoRoot,
  serviceKey,
  systemClock,
} from "@dcx/kit";
import { z } from "zod";
import type { VmsDb } from "../vm/vm.store";
import type { MoneyGate } from "./money-gate";
import { createWalletMoneyGate, DEFAULT_RUNWAY_HOURS } from "./wallet-money-gate";

const VMS_KEY = serviceKey("vms");

export interface MoneyGateConfig {
  walletUrl: string;
  catalogUrl: string;
  runwayHours: number;
  /** The PEM file vms signs with; undefined outside production means the development key. */
  privateKeyFile: string | undefined;
  dataDir: string;
  production: boolean;
}

/**
 * Reads `VMS_WALLET_URL`, `VMS_CATALOG_URL` (the subgraphs' GraphQL URLs), `VMS_RUNWAY_HOURS`
 * (1–720, default 24), `VMS_SERVICE_SIGNING_KEY_FILE`, `DATA_DIR` and `NODE_ENV`, listing every
 * problem at once. Null when neither URL is set (no money gate); one without the other is an error.
 */
export function loadMoneyGateConfig(env: Record<string, string | undefined>): MoneyGateConfig | null {
  const parsed = parseEnv(
    {
      VMS_WALLET_URL: optionalUrl(),
      VMS_CATALOG_URL: optionalUrl(),
      VMS_RUNWAY_HOURS: z.preprocess(
        (value) => (value === "" ? undefined : value),
        z.coerce.number().int().min(1).max(720).default(DEFAULT_RUNWAY_HOURS),
      ),
      [VMS_KEY.privateKeyVariable]: z.string().optional(),
      DATA_DIR: z.string().default(path.join(repoRoot, ".data")),
      NODE_ENV: nodeEnv(),
    },
    env,
  ) as Record<string, unknown>;
  const walletUrl = parsed.VMS_WALLET_URL as string | undefined;
  const catalogUrl = parsed.VMS_CATALOG_URL as string | undefined;
  if (!walletUrl && !catalogUrl) return null;
  if (!walletUrl || !catalogUrl) {
    const [missing, given] = walletUrl ? ["VMS_CATALOG_URL", "VMS_WALLET_URL"] : ["VMS_WALLET_URL", "VMS_CATALOG_URL"];
    throw new ConfigError([`${missing}: required with ${given} (the money gate needs both)`]);
  }
  return {
    walletUrl,
    catalogUrl,
    runwayHours: parsed.VMS_RUNWAY_HOURS as number,
    privateKeyFile: (parsed[VMS_KEY.privateKeyVariable] as string | undefined) || undefined,
    dataDir: parsed.DATA_DIR as string,
    production: parsed.NODE_ENV === "production",
  };
}

/** The money gate the environment describes, signing as `vms`; null when it describes none. */
export function loadMoneyGateFromEnv(env: Record<string, string | undefined>, db: VmsDb): MoneyGate | null {
  const config = loadMoneyGateConfig(env);
  if (!config) return null;
  const privateKey = loadPrivateKey({
    key: VMS_KEY,
    file: config.privateKeyFile,
    dataDir: config.dataDir,
    production: config.production,
  });
  return createWalletMoneyGate({
    services: createServiceClient({
      service: "vms",
      privateKey,
      targets: { wallet: config.walletUrl, catalog: config.catalogUrl },
    }),
    db,
    runwayHours: config.runwayHours,
    clock: systemClock,
  });
}
