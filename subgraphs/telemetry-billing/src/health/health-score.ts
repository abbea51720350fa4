import { bucketCount, type MetricWindow } from "../window/metric-window";
import type { VmHealth } from "./vm-health.type";

/** Points a rule's alert takes off each bucket it covers. */
export const PENALTY = { critical: 40, warning: 15 } as const;

/** A rule whose alert covered bucket `idx`. */
export interface BucketBreach {
  idx: number;
  name: string;
  critical: boolean;
}

/**
 * Health of one VM per bucket: 100 − Σ penalties of the distinct rules whose alert covered the
 * bucket, never below 0; null for a bucket without samples (no data is neither healthy nor sick).
 */
export function healthOf(
  window: MetricWindow,
  dataBuckets: ReadonlySet<number>,
  breaches: readonly BucketBreach[],
): VmHealth {
  const buckets = bucketCount(window);
  const byBucket = new Map<number, BucketBreach[]>();
  for (const breach of breaches) {
    if (breach.idx < 0 || breach.idx >= buckets) continue;
    byBucket.set(breach.idx, [...(byBucket.get(breach.idx) ?? []), breach]);
  }
  const score: (number | null)[] = [];
  const reasons: string[][] = [];
  for (let idx = 0; idx < buckets; idx += 1) {
    const found = [...(byBucket.get(idx) ?? [])].sort(
      (a, b) => Number(b.critical) - Number(a.critical) || a.name.localeCompare(b.name),
    );
    const penalty = found.reduce((sum, b) => sum + (b.critical ? PENALTY.critical : PENALTY.warning), 0);
    score.push(dataBuckets.has(idx) ? Math.max(0, 100 - penalty) : null);
    reasons.push(found.map((b) => b.name));
  }
  return { since: window.since, until: window.until, stepMinutes: window.stepMinutes, score, reasons };
}
