import { type FragmentType, getFragmentData, graphql } from "../gql";
import { Sparkline } from "./Sparkline";

export const UsageSparkline_VmMetricsFragment = graphql(`
  fragment UsageSparkline_VmMetricsFragment on VmMetrics {
    since
    stepMinutes
    cpu {
      unit
      average
    }
    memory {
      unit
      average
    }
  }
`);

const LABELS = { cpu: "CPU", memory: "Memory" } as const;

/** A dashboard row's CPU or memory use over the last 24 hours, one point per hour. */
export function UsageSparkline(props: {
  metrics: FragmentType<typeof UsageSparkline_VmMetricsFragment>;
  metric: keyof typeof LABELS;
}) {
  const metrics = getFragmentData(UsageSparkline_VmMetricsFragment, props.metrics);
  const series = metrics[props.metric];
  return (
    <Sparkline
      label={LABELS[props.metric]}
      values={series.average}
      unit={series.unit}
      windowLabel="24 h"
      testId={`${props.metric}-sparkline`}
    />
  );
}
