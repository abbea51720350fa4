import { type FragmentType, getFragmentData, graphql } from "../gql";
import type { UserRole } from "../gql/graphql";
import { AddDiskForm } from "./AddDiskForm";
import { DeleteVmDialog } from "./DeleteVmDialog";
import { GrowDiskForm } from "./GrowDiskForm";
import { PowerActions } from "./PowerActions";
import { ResizeForm } from "./ResizeForm";
import { permissionNote, vmPermissions } from "./vm-actions";

export const VmActions_VmFragment = graphql(`
  fragment VmActions_VmFragment on Vm {
    id
    name
    powerState
    lifecycle
    vcpuCount
    memoryGb
    memoryMib
    disks {
      id
      label
      capacityGb
      tier
    }
  }
`);

/**
 * What the signed-in user may do to the VM, and only that: power (owners, admins, members),
 * resize, add or grow a disk and delete (owners and admins). Billing and read-only users get a
 * sentence saying why there is nothing to press.
 */
export function VmActions(props: {
  vm: FragmentType<typeof VmActions_VmFragment>;
  role: UserRole;
  /** True while an operation of this VM is queued or running. */
  busy: boolean;
  /** The operation a request started: the page shows its progress. */
  onStarted: (operationId: string) => void;
  /** A refusal may mean the VM changed behind the page's back: it is read again. */
  onRefused: () => void;
}) {
  const vm = getFragmentData(VmActions_VmFragment, props.vm);
  const allowed = vmPermissions(props.role);
  const note = permissionNote(props.role);
  const common = { busy: props.busy, onStarted: props.onStarted, onRefused: props.onRefused };
  return (
    <section className="card vm-actions" data-testid="vm-actions" aria-labelledby="vm-actions-title">
      <h2 id="vm-actions-title">Actions</h2>
      {note && (
        <p className="muted" data-testid="vm-actions-note">
          {note}
        </p>
      )}
      {allowed.power && <PowerActions vm={vm} {...common} />}
      {allowed.change && (
        <>
          {/* Keyed by size, so the inputs start from the VM's new size after a resize. */}
          <ResizeForm key={`${vm.vcpuCount}-${vm.memoryMib}`} vm={vm} {...common} />
          <AddDiskForm vm={vm} {...common} />
          {vm.disks.length > 0 && <GrowDiskForm key={disksKey(vm.disks)} vm={vm} {...common} />}
          <DeleteVmDialog vm={vm} {...common} />
        </>
      )}
    </section>
  );
}

/** Changes when a disk is added or grown, so the grow form starts afresh. */
const disksKey = (disks: ReadonlyArray<{ id: string; capacityGb: number }>) =>
  disks.map((disk) => `${disk.id}:${disk.capacityGb}`).join(",");
