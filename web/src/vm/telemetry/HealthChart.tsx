import { useMemo } from "react";
import { type FragmentType, getFragmentData, graphql } from "../../gql";
import { healthLevel, newestScore } from "../../health-badge";
import { formatDuration } from "../../metric-format";
import { filledCount } from "../../series";
import { healthReasons } from "./health";
import { MetricChart } from "./MetricChart";
import type { ChartLine } from "./metric-charts";

export const HealthChart_VmHealthFragment = graphql(`
  fragment HealthChart_VmHealthFragment on VmHealth {
    since
    until
    stepMinutes
    score
    reasons
  }
`);

const LEVEL_WORDS = { good: "healthy", fair: "degraded", poor: "unhealthy", none: "no data" } as const;

/** The VM's health score (0–100) over the window, its newest value, and the rules that lowered it, for how long. */
export function HealthChart(props: { health: FragmentType<typeof HealthChart_VmHealthFragment> }) {
  const health = getFragmentData(HealthChart_VmHealthFragment, props.health);
  const reasons = healthReasons(health.reasons, health.stepMinutes);
  const lines = useMemo<ChartLine[]>(
    () => [{ label: "score", values: health.score, unit: "of 100", tone: "primary" }],
    [health.score],
  );
  const newest = newestScore(health.score);
  const level = healthLevel(newest);
  return (
    <div className="health" data-testid="vm-health">
      <p className="health-now">
        Newest score{" "}
        <span className={`health-badge health-${level}`} data-testid="health-newest">
          {newest === null ? "—" : newest}
        </span>{" "}
        <span className="muted">{newest === null ? "no samples in this window" : `of 100, ${LEVEL_WORDS[level]}`}</span>
      </p>
      <MetricChart id="health" title="Health" window={health} lines={lines} max={100} />
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
