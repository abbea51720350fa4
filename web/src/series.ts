/**
 * Columnar series as the graph answers them (`MetricSeries.average`, `.maximum`): slot i is the
 * bucket that starts at `since + i × stepMinutes`, and null is a bucket without samples — a gap,
 * never a zero. Everything here keeps that distinction: a gap breaks a line, and a series of
 * gaps has no latest value and no peak.
 */
export type SeriesValues = ReadonlyArray<number | null>;

/** Where slot 0 starts and how wide each slot is. */
export interface SeriesWindow {
  since: string;
  stepMinutes: number;
}

export interface ChartBox {
  width: number;
  height: number;
  /** Value at the top edge; values are clamped to [0, max]. */
  max: number;
}

const MINUTE_MS = 60_000;

/** The instant slot `index` starts. */
export const bucketStart = (window: SeriesWindow, index: number): Date =>
  new Date(Date.parse(window.since) + index * window.stepMinutes * MINUTE_MS);

/** The x of a slot: the middle of its share of the width, so a bucket sits over the time it covers. */
export const slotX = (index: number, count: number, width: number): number => ((index + 0.5) / count) * width;

/**
 * The `d` attribute of an SVG path through a series: one sub-path (`M` then `L`s) per run of
 * consecutive values, so a gap leaves a hole in the line instead of a drop to zero. A value alone
 * between gaps is a sub-path of zero length, which a round line cap draws as a dot. Every slot
 * keeps its x, gaps included. y grows downwards in SVG, so high values sit near 0.
 */
export function seriesPath(values: SeriesValues, box: ChartBox): string {
  const commands: string[] = [];
  let inRun = false;
  values.forEach((value, index) => {
    if (value === null) {
      inRun = false;
      return;
    }
    const x = round(slotX(index, values.length, box.width));
    const y = round(box.height - (clamp(value, box.max) / box.max) * box.height);
    const continues = inRun;
    const alone = !continues && (values[index + 1] ?? null) === null;
    commands.push(continues ? `L${x},${y}` : alone ? `M${x},${y}h0` : `M${x},${y}`);
    inRun = true;
  });
  return commands.join(" ");
}

export interface SeriesPoint {
  index: number;
  value: number;
}

/** The newest bucket that holds a value; null when every slot is a gap. */
export function latestPoint(values: SeriesValues): SeriesPoint | null {
  for (let index = values.length - 1; index >= 0; index -= 1) {
    const value = values[index];
    if (value !== null && value !== undefined) return { index, value };
  }
  return null;
}

/** The highest value of any number of series; null when they hold no value at all. */
export function peakValue(...series: SeriesValues[]): number | null {
  let peak: number | null = null;
  for (const values of series) {
    for (const value of values) if (value !== null && (peak === null || value > peak)) peak = value;
  }
  return peak;
}

/** How many slots hold a value. */
export const filledCount = (values: SeriesValues): number => values.filter((value) => value !== null).length;

/**
 * The top edge of a chart: 100 for percentages (so VMs compare at a glance), otherwise the peak
 * rounded up to 1, 2, 2.5 or 5 × 10ⁿ so the axis label reads well. Never below 1, so a series of
 * zeros still draws along the bottom instead of dividing by zero.
 */
export function scaleMaxFor(unit: string, ...series: SeriesValues[]): number {
  if (unit === "%") return 100;
  return niceCeiling(Math.max(1, peakValue(...series) ?? 0));
}

/** The smallest of 1, 2, 2.5, 5 × 10ⁿ that is ≥ value (value > 0). */
export function niceCeiling(value: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const factor of [1, 2, 2.5, 5, 10]) {
    const candidate = round(factor * magnitude, 6);
    if (candidate >= value) return candidate;
  }
  return 10 * magnitude;
}

const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max);

function round(value: number, decimals = 2): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
