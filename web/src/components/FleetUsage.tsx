import { describeUsage, measuredCaption } from "../fleet-usage";
import { type FragmentType, getFragmentData, graphql } from "../gql";
import type { FieldOutcome } from "../graphql/errors";
import { Stat } from "./Stat";
import { Unavailable } from "./Unavailable";

export const FleetUsage_OrganizationUsageFragment = graphql(`
  fragment FleetUsage_OrganizationUsageFragment on OrganizationUsage {
    measuredVmCount
    averageCpuPercent
    peakCpuPercent
    averageMemoryPercent
    peakMemoryPercent
  }
`);

type Usage = FragmentType<typeof FleetUsage_OrganizationUsageFragment>;

const SCOPE =
  "Every sample of the last 24 hours from this organisation's VMs and those of the organisations under it that you may see";

/** CPU and memory of the whole fleet over 24 h: mean and peak, "no data" without samples, "unavailable" on an error. */
export function FleetUsage({ usage }: { usage: FieldOutcome<Usage> }) {
  if (!usage.available) {
    return (
      <div className="fleet-usage">
        <Stat label="CPU and memory, 24 h" testId="fleet-usage">
          <Unavailable what="Usage" errors={usage.errors} testId="fleet-usage-unavailable" />
        </Stat>
      </div>
    );
  }
  const figures = getFragmentData(FleetUsage_OrganizationUsageFragment, usage.value);
  return (
    <div className="fleet-usage" title={SCOPE}>
      <Stat label="CPU, 24 h" testId="fleet-cpu">
        <UsageValue text={describeUsage({ average: figures.averageCpuPercent, peak: figures.peakCpuPercent })} />
      </Stat>
      <Stat label="Memory, 24 h" testId="fleet-memory">
        <UsageValue text={describeUsage({ average: figures.averageMemoryPercent, peak: figures.peakMemoryPercent })} />
      </Stat>
      <p className="muted fleet-measured" data-testid="fleet-measured">
        {measuredCaption(figures.measuredVmCount)}
      </p>
    </div>
  );
}

function UsageValue({ text }: { text: string | null }) {
  return text === null ? <span className="muted no-data">no data</span> : <>{text}</>;
}
