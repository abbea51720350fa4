import { type FragmentType, getFragmentData, graphql } from "../gql";
import { describeDisks, formatGb, formatQuantity } from "../format";
import type { PathedError } from "../graphql/errors";
import { formatMoneyValue } from "../money";
import { hrefFor, isPlainLeftClick } from "../routing";
import { navigate } from "../use-pathname";
import { CpuSparkline } from "./CpuSparkline";
import { PowerStateBadge } from "./PowerStateBadge";
import { Unavailable } from "./Unavailable";

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
    metrics(window: { stepMinutes: 60 }) {
      ...CpuSparkline_VmMetricsFragment
    }
  }
`);

interface VmRowProps {
  vm: FragmentType<typeof VmRow_VmFragment>;
  /** Errors reported at or below this VM's path (`organization.vms.<index>`). */
  errors: readonly PathedError[];
}

export function VmRow(props: VmRowProps) {
  const vm = getFragmentData(VmRow_VmFragment, props.vm);
  const costErrors = props.errors.filter((error) => error.path?.[3] === "estimatedMonthlyCost");
  const metricErrors = props.errors.filter((error) => error.path?.[3] === "metrics");

  return (
    <tr data-testid="vm-row" data-vm-id={vm.id}>
      <th scope="row" className="vm-name">
        <a
          href={hrefFor(`/vms/${vm.id}`, window.location.search)}
          data-testid="vm-link"
          onClick={(event) => {
            if (!isPlainLeftClick(event)) return;
            event.preventDefault();
            navigate(`/vms/${vm.id}`);
          }}
        >
          {vm.name}
        </a>
      </th>
      <td>
        <PowerStateBadge state={vm.powerState} />
      </td>
      <td className="num">{formatQuantity(vm.vcpuCount)}</td>
      <td className="num">{formatGb(vm.memoryGb)}</td>
      <td className="disks">{describeDisks(vm.disks)}</td>
      <td className="num" data-testid="vm-cost">
        {vm.estimatedMonthlyCost && costErrors.length === 0 ? (
          formatMoneyValue(vm.estimatedMonthlyCost.monthlyTotal)
        ) : (
          <Unavailable what="Cost" errors={costErrors} />
        )}
      </td>
      <td data-testid="vm-cpu">
        {vm.metrics && metricErrors.length === 0 ? (
          <CpuSparkline metrics={vm.metrics} />
        ) : (
          <Unavailable what="Metrics" errors={metricErrors} />
        )}
      </td>
    </tr>
  );
}
