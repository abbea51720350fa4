/** A rule that lowered a VM's health in a window, and for how long. */
export interface HealthReason {
  rule: string;
  minutes: number;
}

/**
 * What lowered the health score, from `VmHealth.reasons` (per bucket, the rules whose alerts
 * covered it): each rule once, with the time its buckets add up to, longest first.
 */
export function healthReasons(reasons: ReadonlyArray<ReadonlyArray<string>>, stepMinutes: number): HealthReason[] {
  const buckets = new Map<string, number>();
  for (const bucket of reasons) for (const rule of new Set(bucket)) buckets.set(rule, (buckets.get(rule) ?? 0) + 1);
  return [...buckets]
    .map(([rule, count]) => ({ rule, minutes: count * stepMinutes }))
    .sort((a, b) => b.minutes - a.minutes || a.rule.localeCompare(b.rule));
}
