import { type FragmentType, getFragmentData, graphql } from "../../gql";
import { formatDuration } from "../../metric-format";
import { filledCount } from "../../series";
import { healthReasons } from "./health";
import { MetricChart } from "./MetricChart";

export const HealthChart_VmHealthFragment = graphql(`
  fragment HealthChart_VmHealthFragment on VmHealth {
    since
    until
    stepMinutes
    score
    reasons
  }
`);

/** The VM's health score (0–100) over the window, and the rules that lowered it, for how long. */
export function HealthChart(props: { health: FragmentType<typeof HealthChart_VmHealthFragment> }) {
  const health = getFragmentData(HealthChart_VmHealthFragment, props.health);
  const reasons = healthReasons(health.reasons, health.stepMinutes);
  return (
    <div className="health" data-testid="vm-health">
      <MetricChart
        id="health"
        title="Health"
        window={health}
        lines={[{ label: "score", values: health.score, unit: "of 100", tone: "primary" }]}
        max={100}
      />
      {reasons.length > 0 ? (
        <p className="hint" data-testid="health-reasons">
          Lowered by {reasons.map((reason) => `${reason.rule} (${formatDuration(reason.minutes)})`).join(", ")}
        </p>
      ) : (
        filledCount(health.score) > 0 && <p className="hint">No alert lowered it in this window.</p>
      )}
    </div>
  );
}
