import { type FragmentType, getFragmentData, graphql } from "../gql";
import { describeDisks, formatGb, formatQuantity } from "../format";
import { outcomeOfField, type PathedError } from "../graphql/errors";
import { formatMoneyValue } from "../money";
import { AlertCountBadge } from "./AlertCountBadge";
import { HealthBadge } from "./HealthBadge";
import { PowerStateBadge } from "./PowerStateBadge";
import { TelemetryNow } from "./TelemetryNow";
import { Unavailable } from "./Unavailable";
import { UsageSparkline } from "./UsageSparkline";
import { VmLink } from "./VmLink";

export const VmRow_VmFragment = graphql(`
  fragment VmRow_VmFragment on Vm {
    id
    name
    powerState
    vcpuCount
    memoryGb
    disks {
      id
      capacityGb
      tier
    }
    estimatedMonthlyCost {
      monthlyTotal {
        amount
        currency
      }
    }
    metrics(window: { preset: LAST_DAY }) {
      ...UsageSparkline_VmMetricsFragment
    }
    telemetry {
      ...TelemetryNow_VmTelemetryFragment
    }
    openAlertCount
    health(window: { preset: LAST_DAY }) {
      ...HealthBadge_VmHealthFragment
    }
  }
`);

interface VmRowProps {
  vm: FragmentType<typeof VmRow_VmFragment>;
  /** Errors reported at or below this VM's path (`organization.vms.<index>`), and those without a path. */
  errors: readonly PathedError[];
}

export function VmRow(props: VmRowProps) {
  const vm = getFragmentData(VmRow_VmFragment, props.vm);
  // The row's errors are those under organization.vms.<index>: the field is the 4th segment.
  const cost = outcomeOfField(vm.estimatedMonthlyCost, props.errors, 3, "estimatedMonthlyCost");
  const metrics = outcomeOfField(vm.metrics, props.errors, 3, "metrics");
  const telemetry = outcomeOfField(vm.telemetry, props.errors, 3, "telemetry");
  const openAlerts = outcomeOfField(vm.openAlertCount, props.errors, 3, "openAlertCount");
  const health = outcomeOfField(vm.health, props.errors, 3, "health");

  return (
    <tr data-testid="vm-row" data-vm-id={vm.id}>
      <th scope="row" className="vm-name">
        <VmLink vmId={vm.id} testId="vm-link">
          {vm.name}
        </VmLink>
      </th>
      <td>
        <PowerStateBadge state={vm.powerState} />
      </td>
      <td className="num">{formatQuantity(vm.vcpuCount)}</td>
      <td className="num">{formatGb(vm.memoryGb)}</td>
      <td className="disks">{describeDisks(vm.disks)}</td>
      <td className="num" data-testid="vm-cost">
        {cost.available ? formatMoneyValue(cost.value.monthlyTotal) : <Unavailable what="Cost" errors={cost.errors} />}
      </td>
      <td data-testid="vm-cpu">
        {metrics.available ? (
          <UsageSparkline metrics={metrics.value} metric="cpu" />
        ) : (
          <Unavailable what="Metrics" errors={metrics.errors} />
        )}
      </td>
      <td data-testid="vm-memory-usage">
        {metrics.available ? (
          <UsageSparkline metrics={metrics.value} metric="memory" />
        ) : (
          // The CPU cell beside it and the banner spell the reason out; here it is a tooltip.
          <Unavailable what="Metrics" errors={metrics.errors} inlineReason={false} />
        )}
      </td>
      <td className="now-cell" data-testid="vm-now">
        {telemetry.available ? (
          <TelemetryNow telemetry={telemetry.value} powerState={vm.powerState} />
        ) : (
          <Unavailable what="Telemetry" errors={telemetry.errors} inlineReason={false} />
        )}
      </td>
      <td className="health-cell" data-testid="vm-health">
        {health.available ? (
          <HealthBadge health={health.value} />
        ) : (
          <Unavailable what="Health" errors={health.errors} inlineReason={false} />
        )}
        {openAlerts.available ? (
          <AlertCountBadge count={openAlerts.value} />
        ) : (
          // With the whole telemetry subgraph down, "Health unavailable" beside it already says it.
          health.available && <Unavailable what="Alerts" errors={openAlerts.errors} inlineReason={false} />
        )}
      </td>
    </tr>
  );
}
