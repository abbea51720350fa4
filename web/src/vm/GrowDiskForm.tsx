import { useState } from "react";
import { formatGb, storageTierLabel } from "../format";
import type { PowerState, StorageTier, VmLifecycle } from "../gql/graphql";
import { RefusalList } from "./RefusalList";
import { useOperationRequest } from "./use-operation-request";
import { canChangeDisks, checkGrowDisk } from "./vm-actions";
import { GrowVmDiskMutation } from "./vm-mutations";

interface GrowableVm {
  id: string;
  powerState: PowerState;
  lifecycle: VmLifecycle;
  disks: ReadonlyArray<{ id: string; label: string; capacityGb: number; tier: StorageTier }>;
}

/** One of the VM's disks made larger (disks never shrink): which one, and its new size in GB. */
export function GrowDiskForm(props: {
  vm: GrowableVm;
  busy: boolean;
  onStarted: (id: string) => void;
  onRefused: () => void;
}) {
  const { vm } = props;
  const request = useOperationRequest();
  const [diskId, setDiskId] = useState(vm.disks[0]?.id ?? "");
  const [size, setSize] = useState("");
  const disk = vm.disks.find((candidate) => candidate.id === diskId);
  if (!disk) return null;
  const checked = checkGrowDisk(size, disk.capacityGb);
  // Nothing typed yet is not a mistake to point out.
  const problem =
    size.trim() !== "" && "problem" in checked ? checked.problem : (request.refusals.fields.capacityGb ?? null);
  const allowed = canChangeDisks(vm.powerState, vm.lifecycle, props.busy);
  return (
    <form
      className="vm-action-group"
      data-testid="vm-grow-disk-form"
      onSubmit={async (event) => {
        event.preventDefault();
        if (!("capacityGb" in checked)) return;
        const variables = { id: vm.id, diskId: disk.id, capacityGb: checked.capacityGb };
        const started = await request.start(GrowVmDiskMutation, variables, props.onStarted);
        if (!started) props.onRefused();
      }}
    >
      <h3>Grow a disk</h3>
      <div className="field-row">
        <div className="field">
          <label htmlFor="grow-disk">Disk</label>
          <select
            id="grow-disk"
            value={diskId}
            onChange={(e) => setDiskId(e.target.value)}
            data-testid="grow-disk-select"
          >
            {vm.disks.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}: {formatGb(option.capacityGb)} {storageTierLabel(option.tier)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="grow-disk-gb">New size (GB)</label>
          <input
            id="grow-disk-gb"
            inputMode="numeric"
            value={size}
            placeholder={`more than ${disk.capacityGb}`}
            onChange={(e) => setSize(e.target.value)}
            aria-invalid={problem !== null}
            aria-describedby={problem ? "grow-disk-gb-error" : undefined}
            data-testid="grow-disk-capacity"
          />
          {problem && (
            <span className="field-error" id="grow-disk-gb-error">
              {problem}
            </span>
          )}
        </div>
        <button
          type="submit"
          disabled={!allowed || !("capacityGb" in checked) || request.fetching}
          data-testid="vm-grow-disk"
        >
          Grow disk
        </button>
      </div>
      <RefusalList refusals={request.refusals} testId="vm-grow-disk-error" shownAtFields={["capacityGb"]} />
    </form>
  );
}
