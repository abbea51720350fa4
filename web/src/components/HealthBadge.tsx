import { type FragmentType, getFragmentData, graphql } from "../gql";
import { healthBadgeTitle, healthLevel, newestScore } from "../health-badge";

export const HealthBadge_VmHealthFragment = graphql(`
  fragment HealthBadge_VmHealthFragment on VmHealth {
    score
  }
`);

/** The VM's newest health score as a coloured badge; "—" when it sent no samples in 24 h (never a 0). */
export function HealthBadge(props: { health: FragmentType<typeof HealthBadge_VmHealthFragment> }) {
  const health = getFragmentData(HealthBadge_VmHealthFragment, props.health);
  const score = newestScore(health.score);
  const level = healthLevel(score);
  return (
    <span
      className={`health-badge health-${level}`}
      data-testid="vm-health-score"
      data-level={level}
      title={healthBadgeTitle(score)}
    >
      {score === null ? "—" : score}
    </span>
  );
}
