import { parseEnv } from "@dcx/kit";
import { z } from "zod";

export interface UsageRelayConfig {
  /** Seconds between relay rounds; 0 turns the relay off (changes then wait in the outbox). */
  intervalSeconds: number;
}

export const DEFAULT_USAGE_RELAY_INTERVAL_SECONDS = 30;

/**
 * Reads `VMS_USAGE_RELAY_INTERVAL_SECONDS` (0–86,400, default 30). Where the changes go and how
 * vms signs is the performance collector's configuration (`VMS_TELEMETRY_URL`, the signing key).
 */
export function loadUsageRelayConfig(env: Record<string, string | undefined> = process.env): UsageRelayConfig {
  const parsed = parseEnv(
    {
      VMS_USAGE_RELAY_INTERVAL_SECONDS: z.preprocess(
        (value) => (value === "" ? undefined : value),
        z.coerce.number().int().min(0).max(86_400).default(DEFAULT_USAGE_RELAY_INTERVAL_SECONDS),
      ),
    },
    env,
  ) as Record<string, unknown>;
  return { intervalSeconds: parsed.VMS_USAGE_RELAY_INTERVAL_SECONDS as number };
}
