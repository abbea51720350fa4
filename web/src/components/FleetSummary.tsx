import type { ReactNode } from "react";
import { type FragmentType, getFragmentData, graphql } from "../gql";
import { formatGb, formatQuantity } from "../format";
import { errorsAtField, type PathedError } from "../graphql/errors";
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
  /** The VMs loaded so far (every page shown). */
  vms: ReadonlyArray<FragmentType<typeof FleetSummary_VmFragment>>;
  /** How many VMs the organisation has in all. */
  totalCount: number;
  /** Errors reported at or below `organization.vms`. */
  errors: readonly PathedError[];
  /** The fleet's CPU and memory over 24 h, below the capacity. */
  children?: ReactNode;
}

/** The organisation roll-up: VM count, capacity and the estimated monthly bill, then what it used. */
export function FleetSummary(props: FleetSummaryProps) {
  const vms = getFragmentData(FleetSummary_VmFragment, props.vms);
  const rollup = computeRollup(vms);
  const monthly = computeMonthlyTotal(vms.map((vm) => vm.estimatedMonthlyCost?.monthlyTotal));
  const costErrors = errorsAtField(props.errors, 3, "estimatedMonthlyCost");
  const partial = vms.length < props.totalCount;

  return (
    <div className="fleet-summary card">
      <Stat label="VMs" testId="vm-count">
        {formatQuantity(props.totalCount)}
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
      {partial && (
        <p className="muted fleet-partial" data-testid="fleet-partial">
          Capacity and cost of the {formatQuantity(rollup.vmCount)} VMs loaded; load more to include the rest.
        </p>
      )}
      {props.children}
    </div>
  );
}
