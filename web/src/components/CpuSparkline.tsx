import { type FragmentType, getFragmentData, graphql } from "../gql";
import { formatPercent, sparklinePoints } from "../sparkline";

export const CpuSparkline_VmMetricsFragment = graphql(`
  fragment CpuSparkline_VmMetricsFragment on VmMetrics {
    cpu {
      at
      average
      maximum
    }
  }
`);

const BOX = { width: 120, height: 28, max: 100 };

/** CPU average per bucket as a line (0–100 %), with the latest value beside it. */
export function CpuSparkline(props: { metrics: FragmentType<typeof CpuSparkline_VmMetricsFragment> }) {
  const { cpu } = getFragmentData(CpuSparkline_VmMetricsFragment, props.metrics);
  const points = [...cpu].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const latest = points.at(-1);
  if (!latest) return <span className="muted">No samples in the last 24 h</span>;

  const peak = Math.max(...points.map((point) => point.maximum));
  const title = `CPU average, ${points.length} hourly points; latest ${formatPercent(latest.average)}, peak ${formatPercent(peak)}`;
  return (
    <span className="sparkline" title={title} data-testid="cpu-sparkline">
      <svg
        width={BOX.width}
        height={BOX.height}
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        role="img"
        aria-label={title}
      >
        <line className="sparkline-axis" x1={0} y1={BOX.height} x2={BOX.width} y2={BOX.height} />
        <polyline
          className="sparkline-line"
          points={sparklinePoints(
            points.map((point) => point.average),
            BOX,
          )}
        />
      </svg>
      <span className="sparkline-latest" data-testid="cpu-latest">
        {formatPercent(latest.average)}
      </span>
    </span>
  );
}
