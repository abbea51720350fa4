/**
 * The resolutions kept, finest first, as vCenter's statistics levels: raw 5-minute samples for a
 * week, then 30-minute, 2-hour and 1-day roll-ups. Each roll-up level is computed from the level
 * below it. Every bucket is aligned to whole steps since the Unix epoch (UTC).
 */
export interface Resolution {
  minutes: number;
  /** How long its data is kept. */
  retentionDays: number;
  /** The level it is computed from; null for the raw samples. */
  sourceMinutes: number | null;
}

export const RAW_RESOLUTION: Resolution = { minutes: 5, retentionDays: 7, sourceMinutes: null };
export const ROLLUP_RESOLUTIONS: readonly Resolution[] = [
  { minutes: 30, retentionDays: 30, sourceMinutes: 5 },
  { minutes: 120, retentionDays: 90, sourceMinutes: 30 },
  { minutes: 1440, retentionDays: 395, sourceMinutes: 120 },
];
export const RESOLUTIONS: readonly Resolution[] = [RAW_RESOLUTION, ...ROLLUP_RESOLUTIONS];

/** Buckets of every level start at whole multiples of their width after this instant. */
export const ROLLUP_ORIGIN = "1970-01-01T00:00:00Z";

const MINUTE_MS = 60_000;
const DAY_MS = 1_440 * MINUTE_MS;

/**
 * The stored level a window reads: the coarsest whose width divides the window's step, whose
 * buckets line up with the window's start, and which still holds data for the whole window.
 * Raw samples answer any step (they are bucketed on the fly).
 */
export function resolutionFor(window: { since: Date; stepMinutes: number }, now: Date): Resolution {
  for (const level of [...ROLLUP_RESOLUTIONS].reverse()) {
    const divides = window.stepMinutes % level.minutes === 0;
    const aligned = window.since.getTime() % (level.minutes * MINUTE_MS) === 0;
    const covered = window.since.getTime() >= now.getTime() - level.retentionDays * DAY_MS;
    if (divides && aligned && covered) return level;
  }
  return RAW_RESOLUTION;
}
