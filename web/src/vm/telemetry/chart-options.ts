import type uPlot from "uplot";
import { scaleMaxFor, type SeriesValues } from "../../series";
import { timeAxisLabels } from "./axis-time";
import { type ChartWindow, isolatedIndexes, windowRange } from "./chart-data";
import type { LineTone } from "./metric-charts";

/** Line colours on the canvas (the legend's swatches in styles.css use the same). */
export const LINE_COLOURS: Record<LineTone, string> = {
  primary: "#1f6feb",
  peak: "#9bbcf2",
  secondary: "#c2410c",
};
const AXIS_TEXT = "#5b6677";
const GRID = "#dde3ec";
const FONT = "11px system-ui, sans-serif";

const axisValue = new Intl.NumberFormat("en-ZA", { maximumFractionDigits: 2 });

export interface ChartSpec {
  window: ChartWindow;
  lines: ReadonlyArray<{ label: string; values: SeriesValues; tone: LineTone }>;
  /** The unit the value axis is labelled in. */
  unit: string;
  /** The top of the value scale when it is not the unit's (a 0–100 score). */
  max?: number | undefined;
  /** The viewer's zone, short, for the time axis' label ("SAST"). */
  zone: string;
}

/** The top of a chart's value scale: fixed, 100 for percentages, else a round figure above the peak. */
export const valueScaleMax = (spec: Pick<ChartSpec, "lines" | "unit" | "max">): number =>
  spec.max ?? scaleMaxFor(spec.unit, ...spec.lines.map((line) => line.values));

/**
 * uPlot's options for lines in one unit over one window: the time scale is the whole window and
 * the value scale starts at 0; a gap breaks the line (`spanGaps: false`) and a value alone
 * between gaps is drawn as a dot. Both axes are labelled: values in the unit, times in the
 * viewer's zone. No built-in legend (the figure has its own) and no drag-to-zoom (the window
 * picker chooses the span).
 */
export function chartOptions(spec: ChartSpec, size: { width: number; height: number }): uPlot.Options {
  const [since, until] = windowRange(spec.window);
  const axis = {
    stroke: AXIS_TEXT,
    font: FONT,
    labelFont: FONT,
    grid: { stroke: GRID, width: 1 },
    ticks: { show: false },
  };
  return {
    ...size,
    legend: { show: false },
    cursor: { drag: { x: false, y: false, setScale: false } },
    scales: {
      x: { time: true, range: [since, until] },
      y: { range: [0, valueScaleMax(spec)] },
    },
    axes: [
      {
        ...axis,
        label: `Time (${spec.zone})`,
        labelSize: 18,
        values: (_chart, splits, _axis, _space, increment) => timeAxisLabels(splits, increment, until - since),
      },
      {
        ...axis,
        label: spec.unit,
        labelSize: 18,
        size: 48,
        values: (_chart, splits) => splits.map((value) => axisValue.format(value)),
      },
    ],
    series: [
      {},
      ...spec.lines.map((line): uPlot.Series => {
        const isolated = isolatedIndexes(line.values);
        return {
          label: line.label,
          stroke: LINE_COLOURS[line.tone],
          width: line.tone === "peak" ? 1.25 : 1.75,
          spanGaps: false,
          points: { filter: (_chart, _series, shown) => (shown || isolated.length === 0 ? null : isolated) },
        };
      }),
    ],
  };
}
