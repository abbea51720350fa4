import { badUserInput } from "@dcx/kit";

/** A validated window with every default filled in. */
export interface MetricWindow {
  since: Date;
  until: Date;
  stepMinutes: number;
}

export interface MetricWindowRequest {
  since?: Date | null;
  until?: Date | null;
  stepMinutes?: number | null;
}

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
export const DEFAULT_WINDOW_MS = DAY_MS;
export const DEFAULT_STEP_MINUTES = 60;
export const MIN_STEP_MINUTES = 5;
export const MAX_STEP_MINUTES = 1440;
export const MAX_WINDOW_DAYS = 31;
export const MAX_POINTS_PER_SERIES = 2000;

/**
 * Fills in the defaults (until = `now`, since = until − 24 h, 60-minute steps) and checks the
 * window, so one dashboard query can never ask the database for an unbounded scan.
 * `now` comes from the request, so every defaulted window in one request is the same window.
 */
export function resolveMetricWindow(request: MetricWindowRequest | null | undefined, now: Date): MetricWindow {
  const until = request?.until ?? now;
  const since = request?.since ?? new Date(until.getTime() - DEFAULT_WINDOW_MS);
  const stepMinutes = request?.stepMinutes ?? DEFAULT_STEP_MINUTES;

  if (!isValidDate(since) || !isValidDate(until)) throw badUserInput("since and until must be valid dates", "window");
  const windowMs = until.getTime() - since.getTime();
  if (windowMs <= 0) throw badUserInput("since must be before until", "window");
  if (windowMs > MAX_WINDOW_DAYS * DAY_MS) {
    throw badUserInput(`A window may span at most ${MAX_WINDOW_DAYS} days`, "window");
  }
  if (!Number.isInteger(stepMinutes) || stepMinutes < MIN_STEP_MINUTES || stepMinutes > MAX_STEP_MINUTES) {
    throw badUserInput(`stepMinutes must be a whole number from ${MIN_STEP_MINUTES} to ${MAX_STEP_MINUTES}`, "window");
  }
  const points = Math.ceil(windowMs / (stepMinutes * MINUTE_MS));
  if (points > MAX_POINTS_PER_SERIES) {
    throw badUserInput(
      `The window has ${points} buckets; at most ${MAX_POINTS_PER_SERIES} are allowed: use a larger stepMinutes`,
      "window",
    );
  }
  return { since, until, stepMinutes };
}

/** Identifies a window: VMs asked for with equal keys share one loader and one query. */
export const metricWindowKey = (window: MetricWindow): string =>
  `${window.since.toISOString()}/${window.until.toISOString()}/${window.stepMinutes}`;

const isValidDate = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime());
