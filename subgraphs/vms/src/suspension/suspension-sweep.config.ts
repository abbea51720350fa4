import { parseEnv } from "@dcx/kit";
import { z } from "zod";

export interface SuspensionSweepConfig {
  /** Seconds between sweeps; 0 turns the schedule off (suspending still powers VMs off at once). */
  intervalSeconds: number;
}

export const DEFAULT_SUSPENSION_SWEEP_SECONDS = 60;

/** Reads `VMS_SUSPENSION_SWEEP_SECONDS` (0–86,400, default 60): as often as the inventory sync by default. */
export function loadSuspensionSweepConfig(
  env: Record<string, string | undefined> = process.env,
): SuspensionSweepConfig {
  const parsed = parseEnv(
    {
      VMS_SUSPENSION_SWEEP_SECONDS: z.preprocess(
        (value) => (value === "" ? undefined : value),
        z.coerce.number().int().min(0).max(86_400).default(DEFAULT_SUSPENSION_SWEEP_SECONDS),
      ),
    },
    env,
  ) as Record<string, unknown>;
  return { intervalSeconds: parsed.VMS_SUSPENSION_SWEEP_SECONDS as number };
}
