import type { MetricCharts_VmMetricsFragmentFragment as ChartMetrics } from "../../gql/graphql";
import type { SeriesValues } from "../../series";

/** How a line is drawn: the main series, its per-bucket peak (lighter), or a second series beside it. */
export type LineTone = "primary" | "peak" | "secondary";

export interface ChartLine {
  label: string;
  values: SeriesValues;
  unit: string;
  tone: LineTone;
}

export interface ChartDefinition {
  id: string;
  title: string;
  lines(metrics: ChartMetrics): ChartLine[];
}

type Series = { unit: string; average: SeriesValues; maximum?: SeriesValues };

const average = (series: Series, label: string, tone: LineTone = "primary"): ChartLine => ({
  label,
  values: series.average,
  unit: series.unit,
  tone,
});

/** A series' average and, lighter, the highest sample of each bucket: a short spike stays visible. */
const averageAndPeak = (series: Series & { maximum: SeriesValues }): ChartLine[] => [
  average(series, "average"),
  { label: "peak", values: series.maximum, unit: series.unit, tone: "peak" },
];

/** The charts of the VM page, in order; pairs share a chart only when they share a unit. */
export const METRIC_CHARTS: readonly ChartDefinition[] = [
  { id: "cpu", title: "CPU", lines: (m) => averageAndPeak(m.cpu) },
  { id: "memory", title: "Memory", lines: (m) => averageAndPeak(m.memory) },
  {
    id: "disk-iops",
    title: "Disk operations",
    lines: (m) => [average(m.diskReadIops, "read"), average(m.diskWriteIops, "write", "secondary")],
  },
  {
    id: "disk-throughput",
    title: "Disk throughput",
    lines: (m) => [average(m.diskRead, "read"), average(m.diskWrite, "write", "secondary")],
  },
  { id: "disk-latency", title: "Disk latency", lines: (m) => averageAndPeak(m.diskLatency) },
  {
    id: "network",
    title: "Network",
    lines: (m) => [average(m.networkReceive, "receive"), average(m.networkTransmit, "transmit", "secondary")],
  },
];

/**
 * The unit a chart's axis is labelled in: the graph's, from the series themselves (each legend
 * value carries its own line's unit too, so lines that ever disagreed would still read right).
 */
export const chartUnit = (lines: readonly ChartLine[]): string =>
  [...new Set(lines.map((line) => line.unit))].join(" / ");
