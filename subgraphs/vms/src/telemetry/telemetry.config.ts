import path from "node:path";
import { nodeEnv, optionalUrl, parseEnv, repoRoot, serviceKey } from "@dcx/kit";
import { z } from "zod";

/** How the performance collector runs; `loadCollectorConfig` reads it from the environment once. */
export interface CollectorConfig {
  /** telemetry-billing's GraphQL URL; without it nothing is collected. */
  telemetryUrl: string | undefined;
  /** Seconds between cycles; 0 turns the collector off. */
  intervalSeconds: number;
  /** VMs per QueryPerf call. */
  batchSize: number;
  /** How far back a VM never collected starts, and the furthest any query reaches (0: the last 30 minutes only). */
  backfillDays: number;
  /** The PEM file vms signs with; undefined outside production means the development key. */
  privateKeyFile: string | undefined;
  dataDir: string;
  production: boolean;
}

export const DEFAULT_COLLECTOR_CONFIG = {
  intervalSeconds: 300,
  batchSize: 50,
  backfillDays: 7,
} as const;

const VMS_KEY = serviceKey("vms");

const whole = (fallback: number, min: number, max: number) =>
  z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.coerce.number().int().min(min).max(max).default(fallback),
  );

/**
 * Reads `VMS_TELEMETRY_URL`, `VMS_PERF_INTERVAL_SECONDS` (0–86,400, default 300),
 * `VMS_PERF_BATCH_SIZE` (1–1,000, default 50), `VMS_PERF_BACKFILL_DAYS` (0–30, default 7) and,
 * like the money gate, `VMS_SERVICE_SIGNING_KEY_FILE`, `DATA_DIR` and `NODE_ENV`; every problem
 * is listed at once, each naming its variable.
 */
export function loadCollectorConfig(env: Record<string, string | undefined> = process.env): CollectorConfig {
  const d = DEFAULT_COLLECTOR_CONFIG;
  const parsed = parseEnv(
    {
      VMS_TELEMETRY_URL: optionalUrl(),
      VMS_PERF_INTERVAL_SECONDS: whole(d.intervalSeconds, 0, 86_400),
      // One QueryPerf names every VM of a batch; vCenter answers them in one document.
      VMS_PERF_BATCH_SIZE: whole(d.batchSize, 1, 1_000),
      // The simulator keeps 5-minute samples for 30 days (vCenter's default: one day).
      VMS_PERF_BACKFILL_DAYS: whole(d.backfillDays, 0, 30),
      [VMS_KEY.privateKeyVariable]: z.string().optional(),
      DATA_DIR: z.string().default(path.join(repoRoot, ".data")),
      NODE_ENV: nodeEnv(),
    },
    env,
  ) as Record<string, unknown>;
  return {
    telemetryUrl: parsed.VMS_TELEMETRY_URL as string | undefined,
    intervalSeconds: parsed.VMS_PERF_INTERVAL_SECONDS as number,
    batchSize: parsed.VMS_PERF_BATCH_SIZE as number,
    backfillDays: parsed.VMS_PERF_BACKFILL_DAYS as number,
    privateKeyFile: (parsed[VMS_KEY.privateKeyVariable] as string | undefined) || undefined,
    dataDir: parsed.DATA_DIR as string,
    production: parsed.NODE_ENV === "production",
  };
}
