import type uPlot from "uplot";
import type { SeriesValues } from "../../series";

/** The window a chart covers, as `VmMetrics` and `VmHealth` answer it. */
export interface ChartWindow {
  since: string;
  until: string;
  stepMinutes: number;
}

const MINUTE_S = 60;

const seconds = (iso: string) => Date.parse(iso) / 1000;

/** The x scale of a chart: the whole window in Unix seconds, so an empty end stays visible as such. */
export const windowRange = (window: ChartWindow): [number, number] => [seconds(window.since), seconds(window.until)];

/**
 * uPlot's columns for lines over a window: first the time of each bucket (its middle, in Unix
 * seconds, so a point sits over the time it covers), then each line's values as they came. A
 * bucket without samples stays null, so the line breaks there (never a 0); a line shorter than
 * the others is padded with nulls, not values.
 */
export function toChartData(window: ChartWindow, lines: readonly SeriesValues[]): uPlot.AlignedData {
  const count = Math.max(0, ...lines.map((values) => values.length));
  const start = seconds(window.since);
  const step = window.stepMinutes * MINUTE_S;
  const times = Array.from({ length: count }, (_, index) => start + (index + 0.5) * step);
  const columns = lines.map((values) => Array.from({ length: count }, (_, index) => values[index] ?? null));
  return [times, ...columns];
}

/** How many unbroken pieces a line is drawn in: a run of values between gaps is one. */
export function lineRuns(values: SeriesValues): number {
  let runs = 0;
  values.forEach((value, index) => {
    if (value !== null && (index === 0 || values[index - 1] === null)) runs += 1;
  });
  return runs;
}

/**
 * The buckets that hold a value with a gap (or the window's edge) on both sides: a line cannot
 * be drawn through one, so it is drawn as a dot, or the value would not show at all.
 */
export function isolatedIndexes(values: SeriesValues): number[] {
  const isolated: number[] = [];
  values.forEach((value, index) => {
    if (value !== null && (values[index - 1] ?? null) === null && (values[index + 1] ?? null) === null) {
      isolated.push(index);
    }
  });
  return isolated;
}

/** True when some line holds at least one value; a chart without any says "No data in this window". */
export const hasAnyValue = (lines: readonly SeriesValues[]): boolean =>
  lines.some((values) => values.some((value) => value !== null));

/** A line as the readout names it: its label, values and unit. */
export interface ReadoutLine {
  label: string;
  values: SeriesValues;
  unit: string;
}

const BUCKET_START = new Intl.DateTimeFormat("en-ZA", { dateStyle: "medium", timeStyle: "short" });

/**
 * What the pointer is over, in words: the bucket's start and each line's value there, "no data"
 * for a gap (e.g. "22 Nov 2026, 14:00 · average 12,5 % · peak no data"). Null off the chart.
 */
export function readoutText(
  window: ChartWindow,
  lines: readonly ReadoutLine[],
  index: number | null | undefined,
  format: (value: number, unit: string) => string,
): string | null {
  if (index === null || index === undefined || index < 0) return null;
  const start = new Date(Date.parse(window.since) + index * window.stepMinutes * MINUTE_S * 1000);
  const values = lines.map((line) => {
    const value = line.values[index] ?? null;
    return `${line.label} ${value === null ? "no data" : format(value, line.unit)}`;
  });
  return [BUCKET_START.format(start), ...values].join(" · ");
}
