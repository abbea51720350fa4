import { powerStateLabel } from "../format";
import type { PowerState } from "../gql/graphql";

export function PowerStateBadge({ state }: { state: PowerState }) {
  return (
    <span className={`power-badge power-${state.toLowerCase().replace("_", "-")}`} data-testid="power-state">
      <span className="power-dot" aria-hidden="true" />
      {powerStateLabel(state)}
    </span>
  );
}
