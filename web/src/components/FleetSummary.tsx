import { type FragmentType, getFragmentData, graphql } from "../gql";
import { formatGb, formatQuantity } from "../format";
import type { PathedError } from "../graphql/errors";
import { computeMonthlyTotal, computeRollup } from "../rollup";
import { MonthlyTotalValue } from "./MonthlyTotalValue";
import { Stat } from "./Stat";

export const FleetSummary_VmFragment = graphql(`
  fragment FleetSummary_VmFragment on Vm {
    id
    vcpuCount
    memoryMib
    disks {
      id
      capacityGb
    }
    estimatedMonthlyCost {
      monthlyTotal {
        amount
        currency
      }
    }
  }
`);

interface FleetSummaryProps {
  vms: ReadonlyArray<FragmentType<typeof FleetSummary_VmFragment>>;
  /** Errors reported at or below `organization.vms`. */
  errors: readonly PathedError[];
}

/** The organisation roll-up: VM count, capacity and the estimated monthly bill. */
export function FleetSummary(props: FleetSummaryProps) {
  const vms = getFragmentData(FleetSummary_VmFragment, props.vms);
  const rollup = computeRollup(vms);
  const monthly = computeMonthlyTotal(vms.map((vm) => vm.estimatedMonthlyCost?.monthlyTotal));
  const costErrors = props.errors.filter((error) => error.path?.[3] === "estimatedMonthlyCost");

  return (
    <div className="fleet-summary card">
      <Stat label="VMs" testId="vm-count">
        {formatQuantity(rollup.vmCount)}
      </Stat>
      <Stat label="vCPU" testId="total-vcpu">
        {formatQuantity(rollup.vcpuCount)}
      </Stat>
      <Stat label="Memory" testId="total-memory">
        {formatGb(rollup.memoryGb)}
      </Stat>
      <Stat label="Disk" testId="total-disk">
        {formatGb(rollup.diskGb)}
      </Stat>
      <Stat label="Estimated monthly cost" testId="monthly-total">
        <MonthlyTotalValue monthly={monthly} errors={costErrors} />
      </Stat>
    </div>
  );
}
