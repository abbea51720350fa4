import { useMemo } from "react";
import { type FragmentType, getFragmentData, graphql } from "../../gql";
import { describeResolution } from "../../metric-format";
import { MetricChart } from "./MetricChart";
import { METRIC_CHARTS } from "./metric-charts";

export const MetricCharts_VmMetricsFragment = graphql(`
  fragment MetricCharts_VmMetricsFragment on VmMetrics {
    since
    until
    stepMinutes
    resolutionMinutes
    cpu {
      unit
      average
      maximum
    }
    memory {
      unit
      average
      maximum
    }
    diskReadIops {
      unit
      average
    }
    diskWriteIops {
      unit
      average
    }
    diskRead {
      unit
      average
    }
    diskWrite {
      unit
      average
    }
    diskLatency {
      unit
      average
      maximum
    }
    networkReceive {
      unit
      average
    }
    networkTransmit {
      unit
      average
    }
  }
`);

/** Every chart of the VM page over one window, with the resolution that answered it. */
export function MetricCharts(props: { metrics: FragmentType<typeof MetricCharts_VmMetricsFragment> }) {
  const metrics = getFragmentData(MetricCharts_VmMetricsFragment, props.metrics);
  // The same lines for the same answer, so a chart is drawn again only when its data changed.
  const charts = useMemo(() => METRIC_CHARTS.map((chart) => ({ ...chart, drawn: chart.lines(metrics) })), [metrics]);
  return (
    <div className="metric-charts-panel">
      <p className="hint" data-testid="telemetry-resolution">
        {capitalise(describeResolution(metrics.stepMinutes, metrics.resolutionMinutes))}
      </p>
      <div
        className="metric-charts"
        data-testid="metric-charts"
        data-step={metrics.stepMinutes}
        data-since={metrics.since}
        data-until={metrics.until}
      >
        {charts.map((chart) => (
          <MetricChart key={chart.id} id={chart.id} title={chart.title} window={metrics} lines={chart.drawn} />
        ))}
      </div>
    </div>
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
