import type { CollectableVm } from "./perf-cursor.store";

/** vCenter's "past day" statistics: one sample per 5 minutes. */
export const INTERVAL_SECONDS = 300;
const INTERVAL_MS = INTERVAL_SECONDS * 1000;
/** Samples vCenter adds late (its roll-ups run behind) land within this much before the cursor. */
export const OVERLAP_MS = 30 * 60_000;
/** One QueryPerf covers at most a day (288 samples a VM): a week's back-fill is seven calls, never one huge answer. */
export const MAX_WINDOW_MS = 86_400_000;

export interface PlanOptions {
  batchSize: number;
  backfillDays: number;
}

/** VMs asked about together, from one instant (exclusive, as QueryPerf's `startTime`). */
export interface CollectionBatch {
  vms: CollectableVm[];
  from: Date;
}

/**
 * Where a VM's query starts: its cursor less the overlap, but never further back than the
 * back-fill days (or the overlap, if longer), where a VM never collected starts. On a 5-minute
 * boundary, so VMs collected together stay together, and at least one interval before now.
 */
export function queryStart(vm: CollectableVm, now: Date, backfillDays: number): Date {
  const oldest = now.getTime() - Math.max(backfillDays * 86_400_000, OVERLAP_MS);
  const fromCursor = vm.collectedUntil ? vm.collectedUntil.getTime() - OVERLAP_MS : oldest;
  const start = Math.min(Math.max(fromCursor, oldest), now.getTime() - INTERVAL_MS);
  return new Date(Math.floor(start / INTERVAL_MS) * INTERVAL_MS);
}

/**
 * Powered-on VMs in batches of at most `batchSize` that share a start: VMs collected in the same
 * cycle share one, so a steady estate of N VMs costs ceil(N / batchSize) calls. The most recent
 * starts come first, so a long back-fill of new VMs does not delay everyone else's samples.
 */
export function planBatches(vms: CollectableVm[], now: Date, options: PlanOptions): CollectionBatch[] {
  const byStart = new Map<number, CollectableVm[]>();
  for (const vm of vms) {
    const start = queryStart(vm, now, options.backfillDays).getTime();
    byStart.set(start, [...(byStart.get(start) ?? []), vm]);
  }
  return [...byStart.entries()]
    .sort(([a], [b]) => b - a)
    .flatMap(([start, group]) => {
      const batches: CollectionBatch[] = [];
      for (let index = 0; index < group.length; index += options.batchSize) {
        batches.push({ vms: group.slice(index, index + options.batchSize), from: new Date(start) });
      }
      return batches;
    });
}

/** Consecutive windows (start exclusive, end inclusive) from `from` up to `to`, each at most a day. */
export function windowsBetween(from: Date, to: Date): { start: Date; end: Date }[] {
  const windows: { start: Date; end: Date }[] = [];
  for (let start = from.getTime(); start < to.getTime(); start += MAX_WINDOW_MS) {
    windows.push({ start: new Date(start), end: new Date(Math.min(start + MAX_WINDOW_MS, to.getTime())) });
  }
  return windows;
}
