import { vmSamples } from "../db/schema";
import type { TelemetryDb } from "../db/telemetry-db";

export interface VmSample {
  vmId: string;
  organizationId: string;
  sampledAt: Date;
  cpuPercent: number;
  memoryPercent: number;
}

/** 1000 rows × 5 columns stays far below PostgreSQL's 65,535 bind parameters per statement. */
export const INSERT_CHUNK_SIZE = 1000;

/**
 * Inserts samples in chunks inside one transaction, so a batch lands whole or not at all.
 * A sample already stored for the same VM and instant is skipped, not counted.
 */
export async function insertSamples(db: TelemetryDb, samples: readonly VmSample[]): Promise<number> {
  if (samples.length === 0) return 0;
  return db.transaction(async (tx) => {
    let inserted = 0;
    for (let start = 0; start < samples.length; start += INSERT_CHUNK_SIZE) {
      const rows = await tx
        .insert(vmSamples)
        .values(samples.slice(start, start + INSERT_CHUNK_SIZE))
        .onConflictDoNothing({ target: [vmSamples.vmId, vmSamples.sampledAt] })
        .returning({ vmId: vmSamples.vmId });
      inserted += rows.length;
    }
    return inserted;
  });
}

/** How many samples are stored in total. */
export async function countSamples(db: TelemetryDb): Promise<number> {
  return db.$count(vmSamples);
}
