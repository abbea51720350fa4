import { useState } from "react";
import { storageTierLabel } from "../format";
import type { PowerState, StorageTier, VmLifecycle } from "../gql/graphql";
import { parseWholeNumber } from "../new-vm/vm-form";
import { RefusalList } from "./RefusalList";
import { useOperationRequest } from "./use-operation-request";
import { canChangeDisks } from "./vm-actions";
import { AddVmDiskMutation } from "./vm-mutations";

const TIERS: StorageTier[] = ["PERFORMANCE", "STANDARD", "ARCHIVE"];

/** A new disk: its size in GB and storage tier. The server judges the range and the money. */
export function AddDiskForm(props: {
  vm: { id: string; powerState: PowerState; lifecycle: VmLifecycle };
  busy: boolean;
  onStarted: (id: string) => void;
  onRefused: () => void;
}) {
  const request = useOperationRequest();
  const [size, setSize] = useState("100");
  const [tier, setTier] = useState<StorageTier>("STANDARD");
  const capacityGb = parseWholeNumber(size);
  const problem = capacityGb === null ? "Enter a whole number" : (request.refusals.fields["disk.capacityGb"] ?? null);
  const allowed = canChangeDisks(props.vm.powerState, props.vm.lifecycle, props.busy);
  return (
    <form
      className="vm-action-group"
      data-testid="vm-add-disk-form"
      onSubmit={async (event) => {
        event.preventDefault();
        if (capacityGb === null) return;
        const disk = { capacityGb, tier };
        const started = await request.start(AddVmDiskMutation, { id: props.vm.id, disk }, props.onStarted);
        if (!started) props.onRefused();
      }}
    >
      <h3>Add a disk</h3>
      <div className="field-row">
        <div className="field">
          <label htmlFor="disk-gb">Size (GB)</label>
          <input
            id="disk-gb"
            inputMode="numeric"
            value={size}
            onChange={(e) => setSize(e.target.value)}
            aria-invalid={problem !== null}
            aria-describedby={problem ? "disk-gb-error" : undefined}
            data-testid="add-disk-capacity"
          />
          {problem && (
            <span className="field-error" id="disk-gb-error">
              {problem}
            </span>
          )}
        </div>
        <div className="field">
          <label htmlFor="disk-tier">Tier</label>
          <select id="disk-tier" value={tier} onChange={(e) => setTier(e.target.value as StorageTier)}>
            {TIERS.map((option) => (
              <option key={option} value={option}>
                {storageTierLabel(option)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={!allowed || capacityGb === null || request.fetching} data-testid="vm-add-disk">
          Add disk
        </button>
      </div>
      {props.vm.powerState === "SUSPENDED" && <p className="hint">Power the VM on or off to change its disks.</p>}
      <RefusalList refusals={request.refusals} testId="vm-add-disk-error" shownAtFields={["disk.capacityGb"]} />
    </form>
  );
}
