import { formatAxisTime } from "../../metric-format";
import { peakValue, scaleMaxFor, seriesPath, type SeriesValues } from "../../series";

/** The window a chart covers, as `VmMetrics` answers it. */
export interface ChartWindow {
  since: string;
  until: string;
  stepMinutes: number;
}

export interface ChartGeometry {
  /** Value at the top of the plot. */
  max: number;
  /** One `d` per line, gaps left open. */
  paths: string[];
  /** Horizontal grid lines: value and y, bottom to top. */
  yTicks: Array<{ value: number; y: number }>;
  /** Time labels along the bottom: window start, middle, end. */
  xTicks: Array<{ label: string; x: number }>;
  /** False when no line holds a single value: the chart then says "no data" instead of drawing. */
  hasData: boolean;
}

const MINUTE_MS = 60_000;

/**
 * Everything a chart draws, for lines in one unit over one window, inside a `width` × `height`
 * plot; `fixedMax` for a scale that is not a unit's (a 0–100 score).
 */
export function chartGeometry(
  lines: readonly SeriesValues[],
  unit: string,
  window: ChartWindow,
  plot: { width: number; height: number },
  fixedMax?: number,
): ChartGeometry {
  const max = fixedMax ?? scaleMaxFor(unit, ...lines);
  const box = { ...plot, max };
  const windowMinutes = (Date.parse(window.until) - Date.parse(window.since)) / MINUTE_MS;
  const middle = new Date((Date.parse(window.since) + Date.parse(window.until)) / 2);
  return {
    max,
    paths: lines.map((values) => seriesPath(values, box)),
    yTicks: [0, max / 2, max].map((value) => ({ value, y: plot.height - (value / max) * plot.height })),
    xTicks: [
      { label: formatAxisTime(new Date(window.since), windowMinutes), x: 0 },
      { label: formatAxisTime(middle, windowMinutes), x: plot.width / 2 },
      { label: formatAxisTime(new Date(window.until), windowMinutes), x: plot.width },
    ],
    hasData: peakValue(...lines) !== null,
  };
}
