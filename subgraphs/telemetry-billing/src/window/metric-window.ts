import { badUserInput } from "@dcx/kit";

/** A validated window with every default filled in. */
export interface MetricWindow {
  since: Date;
  until: Date;
  stepMinutes: number;
}

/** Common windows, each ending at the end of the bucket that holds "now". */
export enum MetricWindowPreset {
  LAST_HOUR = "LAST_HOUR",
  LAST_DAY = "LAST_DAY",
  LAST_WEEK = "LAST_WEEK",
  LAST_MONTH = "LAST_MONTH",
}

export interface MetricWindowRequest {
  preset?: MetricWindowPreset | null;
  since?: Date | null;
  until?: Date | null;
  stepMinutes?: number | null;
}

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** Span and default step of each preset: steps the roll-up ladder answers directly. */
export const PRESETS: Record<MetricWindowPreset, { spanMinutes: number; stepMinutes: number }> = {
  LAST_HOUR: { spanMinutes: 60, stepMinutes: 5 },
  LAST_DAY: { spanMinutes: 24 * 60, stepMinutes: 60 },
  LAST_WEEK: { spanMinutes: 7 * 24 * 60, stepMinutes: 120 },
  LAST_MONTH: { spanMinutes: 30 * 24 * 60, stepMinutes: 1440 },
};
export const DEFAULT_PRESET = MetricWindowPreset.LAST_DAY;
export const MIN_STEP_MINUTES = 5;
export const MAX_STEP_MINUTES = 1440;
/** The daily roll-ups are kept 13 months; a window cannot reach further back than a year and a month. */
export const MAX_WINDOW_DAYS = 400;
export const MAX_POINTS_PER_SERIES = 2000;

/**
 * Fills in the defaults and checks the window, so no query can ask the database for an unbounded
 * scan. Without `since`/`until` the window is a preset (LAST_DAY by default) that ends at the end
 * of the step holding `now`, aligned to whole steps since the Unix epoch (UTC midnight for days),
 * which lets the roll-up ladder answer it. `now` comes from the request, so every defaulted window
 * in one request is the same window. A number of buckets is ⌈span ÷ step⌉.
 */
export function resolveMetricWindow(request: MetricWindowRequest | null | undefined, now: Date): MetricWindow {
  const explicit = request?.since != null || request?.until != null;
  if (explicit && request?.preset) throw badUserInput("Give either a preset or since/until, not both", "window");
  const preset = PRESETS[request?.preset ?? DEFAULT_PRESET];
  const stepMinutes = request?.stepMinutes ?? preset.stepMinutes;
  if (!Number.isInteger(stepMinutes) || stepMinutes < MIN_STEP_MINUTES || stepMinutes > MAX_STEP_MINUTES) {
    throw badUserInput(`stepMinutes must be a whole number from ${MIN_STEP_MINUTES} to ${MAX_STEP_MINUTES}`, "window");
  }
  const stepMs = stepMinutes * MINUTE_MS;
  const spanMs = explicit ? DAY_MS : preset.spanMinutes * MINUTE_MS;
  const until = request?.until ?? (explicit ? now : new Date(Math.ceil((now.getTime() + 1) / stepMs) * stepMs));
  const since = request?.since ?? new Date(until.getTime() - spanMs);
  if (!isValidDate(since) || !isValidDate(until)) throw badUserInput("since and until must be valid dates", "window");
  const windowMs = until.getTime() - since.getTime();
  if (windowMs <= 0) throw badUserInput("since must be before until", "window");
  if (windowMs > MAX_WINDOW_DAYS * DAY_MS) {
    throw badUserInput(`A window may span at most ${MAX_WINDOW_DAYS} days`, "window");
  }
  const buckets = bucketCount({ since, until, stepMinutes });
  if (buckets > MAX_POINTS_PER_SERIES) {
    throw badUserInput(
      `The window has ${buckets} buckets; at most ${MAX_POINTS_PER_SERIES} are allowed: use a larger stepMinutes`,
      "window",
    );
  }
  return { since, until, stepMinutes };
}

/** How many buckets the window's series hold. */
export const bucketCount = (window: MetricWindow): number =>
  Math.ceil((window.until.getTime() - window.since.getTime()) / (window.stepMinutes * MINUTE_MS));

/** Identifies a window: VMs asked for with equal keys share one loader and one query. */
export const metricWindowKey = (window: MetricWindow): string =>
  `${window.since.toISOString()}/${window.until.toISOString()}/${window.stepMinutes}`;

const isValidDate = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime());
