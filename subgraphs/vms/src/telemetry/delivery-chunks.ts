import type { GuestDiskSample, PerformanceDelivery, PolledVm, VmPerformanceSample } from "./perf-sample";

/** One VM's part of a delivery: its samples, its guest disks, and (when it was polled now) its entry. */
export interface VmShare {
  polled?: PolledVm;
  samples: VmPerformanceSample[];
  guestDisks: GuestDiskSample[];
}

export interface ChunkLimits {
  /** Entries in each list of one call (the receiver's contract: at most 5,000). */
  entries: number;
  /** JSON bytes of one call's variables: subgraphs read request bodies of at most 1 MiB. */
  bytes: number;
}

export const CHUNK_LIMITS: ChunkLimits = { entries: 5_000, bytes: 800_000 };

/**
 * Splits a delivery into calls within the limits, VM by VM: a VM's entry travels in the call
 * that carries its last samples and disks, so the receiver never sees a VM polled whose samples
 * are still to come.
 */
export function chunkDelivery(shares: VmShare[], limits: ChunkLimits = CHUNK_LIMITS): PerformanceDelivery[] {
  const chunks: PerformanceDelivery[] = [];
  let current: PerformanceDelivery = { vms: [], samples: [], guestDisks: [] };
  let bytes = 0;
  const isEmpty = () => current.vms.length + current.samples.length + current.guestDisks.length === 0;
  const add = <K extends keyof PerformanceDelivery>(list: K, item: PerformanceDelivery[K][number]) => {
    const size = JSON.stringify(item).length + 1;
    if (!isEmpty() && (current[list].length >= limits.entries || bytes + size > limits.bytes)) {
      chunks.push(current);
      current = { vms: [], samples: [], guestDisks: [] };
      bytes = 0;
    }
    (current[list] as PerformanceDelivery[K][number][]).push(item);
    bytes += size;
  };
  for (const share of shares) {
    for (const sample of share.samples) add("samples", sample);
    for (const disk of share.guestDisks) add("guestDisks", disk);
    if (share.polled) add("vms", share.polled);
  }
  if (!isEmpty()) chunks.push(current);
  return chunks;
}
