import { badUserInput } from "@dcx/kit";
import type { TelemetryDb } from "../db/telemetry-db";
import { isUuid } from "@dcx/kit";
import { insertSamples, type VmSample } from "./sample.store";

/**
 * Records VM utilisation samples. Every sample is checked before anything is written: one bad
 * sample rejects the whole batch, so a collector never leaves half a batch behind.
 * Returns how many samples were new (repeats of a stored VM + instant are ignored).
 */
export async function recordSamples(db: TelemetryDb, samples: readonly VmSample[]): Promise<number> {
  samples.forEach(assertValidSample);
  return insertSamples(
    db,
    samples.map(({ vmId, organizationId, sampledAt, cpuPercent, memoryPercent }) => ({
      vmId,
      organizationId,
      sampledAt,
      cpuPercent,
      memoryPercent,
    })),
  );
}

function assertValidSample(sample: VmSample, index: number): void {
  const at = (field: string) => `samples[${index}].${field}`;
  for (const field of ["vmId", "organizationId"] as const) {
    if (!isUuid(sample[field])) {
      throw badUserInput(`${field} must be a UUID, got ${JSON.stringify(sample[field])}`, at(field));
    }
  }
  if (!(sample.sampledAt instanceof Date) || Number.isNaN(sample.sampledAt.getTime())) {
    throw badUserInput("sampledAt must be a valid date", at("sampledAt"));
  }
  for (const field of ["cpuPercent", "memoryPercent"] as const) {
    const value = sample[field];
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > 100) {
      throw badUserInput(`${field} must be a number from 0 to 100, got ${String(value)}`, at(field));
    }
  }
}
