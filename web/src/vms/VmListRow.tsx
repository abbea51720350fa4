import { AlertCountBadge } from "../components/AlertCountBadge";
import { HealthBadge } from "../components/HealthBadge";
import { PowerStateBadge } from "../components/PowerStateBadge";
import { Unavailable } from "../components/Unavailable";
import { VmLink } from "../components/VmLink";
import { describeDisks, formatGb, formatQuantity } from "../format";
import { type FragmentType, getFragmentData, graphql } from "../gql";
import { errorsAtField, fieldOutcome, outcomeOfField, type PathedError, unplacedErrors } from "../graphql/errors";
import { formatMoneyValue } from "../money";
import { operationKindLabel } from "../vm/vm-actions";
import { ROW_FIELD_DEPTH } from "./row-errors";

/** `$cpuWindow` is the operation's: the 24 hours the CPU column and the CPU ranking share. */
export const VmListRow_VmFragment = graphql(`
  fragment VmListRow_VmFragment on Vm {
    id
    name
    powerState
    lifecycle
    vcpuCount
    memoryGb
    ipAddresses
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
    monthCost {
      toDate {
        amount
        currency
      }
      meteredUntil
    }
    metrics(window: $cpuWindow) {
      cpu {
        average
      }
    }
    health(window: { preset: LAST_DAY }) {
      ...HealthBadge_VmHealthFragment
    }
    openAlertCount
    operations(first: 1) {
      id
      kind
      status
    }
  }
`);

interface VmListRowProps {
  vm: FragmentType<typeof VmListRow_VmFragment>;
  /** This row's errors (path `rows.<index>.<field>`) and those without a path. */
  errors: readonly PathedError[];
  selected: boolean;
  /** Null when the caller may not power VMs: no checkbox is offered. */
  onSelect: ((selected: boolean) => void) | null;
}

/** The CPU average of the window's one bucket; "No data" (never 0 %) when nothing was measured. */
function cpuText(average: ReadonlyArray<number | null>): string {
  const value = average[0];
  return value === null || value === undefined ? "No data" : `${formatQuantity(value)} %`;
}

export function VmListRow({ vm: masked, errors, selected, onSelect }: VmListRowProps) {
  const vm = getFragmentData(VmListRow_VmFragment, masked);
  const estimate = outcomeOfField(vm.estimatedMonthlyCost, errors, ROW_FIELD_DEPTH, "estimatedMonthlyCost");
  const metrics = outcomeOfField(vm.metrics, errors, ROW_FIELD_DEPTH, "metrics");
  const health = outcomeOfField(vm.health, errors, ROW_FIELD_DEPTH, "health");
  const alerts = outcomeOfField(vm.openAlertCount, errors, ROW_FIELD_DEPTH, "openAlertCount");
  const monthCost = fieldOutcome(
    vm.monthCost,
    errorsAtField(errors, ROW_FIELD_DEPTH, "monthCost"),
    unplacedErrors(errors, "telemetry-billing"),
  );
  const operation = vm.operations[0];
  const active = operation && (operation.status === "QUEUED" || operation.status === "RUNNING");

  return (
    <tr data-testid="vms-row" data-vm-id={vm.id} data-power-state={vm.powerState}>
      <td className="select-cell">
        {onSelect && (
          <input
            type="checkbox"
            checked={selected}
            onChange={(event) => onSelect(event.target.checked)}
            aria-label={`Select ${vm.name}`}
            data-testid="vms-select"
          />
        )}
      </td>
      <th scope="row" className="vm-name">
        <VmLink vmId={vm.id} testId="vms-link">
          {vm.name}
        </VmLink>
        {vm.lifecycle !== "READY" && <span className="muted"> ({vm.lifecycle.toLowerCase()})</span>}
      </th>
      <td>
        <PowerStateBadge state={vm.powerState} />
        {active && (
          <span className="vms-operation" data-testid="vms-operation">
            {operationKindLabel(operation.kind)} {operation.status === "QUEUED" ? "queued" : "running"}
          </span>
        )}
      </td>
      <td className="num">{formatQuantity(vm.vcpuCount)}</td>
      <td className="num">{formatGb(vm.memoryGb)}</td>
      <td className="disks">{describeDisks(vm.disks)}</td>
      <td className="vms-ips">
        {vm.ipAddresses.length ? vm.ipAddresses.join(", ") : <span className="muted">None</span>}
      </td>
      <td className="num" data-testid="vms-estimate">
        {estimate.available ? (
          formatMoneyValue(estimate.value.monthlyTotal)
        ) : (
          <Unavailable what="Cost" errors={estimate.errors} inlineReason={false} />
        )}
      </td>
      <td className="num" data-testid="vms-month-cost">
        {!monthCost.available ? (
          <Unavailable what="Cost" errors={monthCost.errors} inlineReason={false} />
        ) : monthCost.value.meteredUntil === null ? (
          <span className="muted">Not metered yet</span>
        ) : (
          formatMoneyValue(monthCost.value.toDate)
        )}
      </td>
      <td className="num" data-testid="vms-cpu">
        {metrics.available ? (
          cpuText(metrics.value.cpu.average)
        ) : (
          <Unavailable what="CPU" errors={metrics.errors} inlineReason={false} />
        )}
      </td>
      <td className="health-cell" data-testid="vms-health">
        {health.available ? (
          <HealthBadge health={health.value} />
        ) : (
          <Unavailable what="Health" errors={health.errors} inlineReason={false} />
        )}
        {alerts.available && <AlertCountBadge count={alerts.value} />}
      </td>
    </tr>
  );
}
