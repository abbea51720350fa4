import { formatMetric } from "../metric-format";
import { filledCount, latestPoint, peakValue, scaleMaxFor, seriesPath, type SeriesValues } from "../series";

interface SparklineProps {
  /** e.g. "CPU": names the series in the tooltip. */
  label: string;
  values: SeriesValues;
  unit: string;
  /** e.g. "24 h": the window, for the "no data" text. */
  windowLabel: string;
  testId: string;
}

const BOX = { width: 100, height: 28 };

/**
 * A series as a small line, gaps left open. A window without any sample says so in words: an
 * empty or flat chart would read as an idle VM.
 */
export function Sparkline({ label, values, unit, windowLabel, testId }: SparklineProps) {
  const latest = latestPoint(values);
  if (!latest) {
    return (
      <span className="muted no-data sparkline-no-data" data-testid={`${testId}-no-data`}>
        No data in {windowLabel}
      </span>
    );
  }
  const filled = filledCount(values);
  const peak = peakValue(values) ?? latest.value;
  const gaps = values.length - filled;
  const title =
    `${label} average, ${filled} of ${values.length} buckets with data` +
    `${gaps > 0 ? ` (${gaps} without)` : ""}; latest ${formatMetric(latest.value, unit)}, peak ${formatMetric(peak, unit)}`;
  const box = { ...BOX, max: scaleMaxFor(unit, values) };
  return (
    <span className="sparkline" title={title} data-testid={testId} data-gaps={gaps}>
      <svg
        width={BOX.width}
        height={BOX.height}
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        role="img"
        aria-label={title}
      >
        <line className="sparkline-axis" x1={0} y1={BOX.height} x2={BOX.width} y2={BOX.height} />
        <path className="sparkline-line" d={seriesPath(values, box)} />
      </svg>
    </span>
  );
}
