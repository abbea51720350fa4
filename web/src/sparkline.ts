export interface SparklineBox {
  width: number;
  height: number;
  /** Value at the top edge; values are clamped to [0, max]. */
  max: number;
}

/**
 * The `points` attribute of an SVG polyline for a series of values, left to
 * right, evenly spaced; y grows downwards in SVG, so high values sit near 0.
 * A single value draws a flat line across the box.
 */
export function sparklinePoints(values: readonly number[], box: SparklineBox): string {
  if (values.length === 0) return "";
  const series = values.length === 1 ? [values[0] ?? 0, values[0] ?? 0] : values;
  const step = box.width / (series.length - 1);
  return series
    .map((value, index) => {
      const clamped = Math.min(Math.max(value, 0), box.max);
      const x = index * step;
      const y = box.height - (clamped / box.max) * box.height;
      return `${round(x)},${round(y)}`;
    })
    .join(" ");
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

const percent = new Intl.NumberFormat("en-ZA", { maximumFractionDigits: 1 });

/** "12,5 %" */
export function formatPercent(value: number): string {
  return `${percent.format(value)} %`;
}
