import { useState } from "react";
import type { PowerState, StorageTier, VmEstimateInput, VmLifecycle } from "../gql/graphql";
import { parseWholeNumber } from "../new-vm/vm-form";
import { RefusalList } from "./RefusalList";
import { ResizeEstimate } from "./ResizeEstimate";
import { useOperationRequest } from "./use-operation-request";
import { canResize } from "./vm-actions";
import { ResizeVmMutation } from "./vm-mutations";

interface ResizableVm {
  id: string;
  powerState: PowerState;
  lifecycle: VmLifecycle;
  vcpuCount: number;
  memoryGb: number;
  memoryMib: number;
  disks: ReadonlyArray<{ capacityGb: number; tier: StorageTier }>;
}

/**
 * vCPUs and RAM for a powered-off VM, with what the new size changes a month. Text that is not a
 * whole number is flagged before anything is sent; the rest is the server's to judge, and its
 * answer is shown at the field it names or under the button.
 */
export function ResizeForm(props: {
  vm: ResizableVm;
  busy: boolean;
  onStarted: (id: string) => void;
  onRefused: () => void;
}) {
  const { vm } = props;
  const request = useOperationRequest();
  const [unchanged, setUnchanged] = useState(false);
  const [vcpu, setVcpu] = useState(String(vm.vcpuCount));
  const [memory, setMemory] = useState(String(vm.memoryGb));
  const vcpuCount = parseWholeNumber(vcpu);
  const memoryGb = parseWholeNumber(memory);
  const changed = vcpuCount !== null && memoryGb !== null && (vcpuCount !== vm.vcpuCount || memoryGb !== vm.memoryGb);
  const allowed = canResize(vm.powerState, vm.lifecycle, props.busy);
  const disks = vm.disks.map(({ capacityGb, tier }) => ({ capacityGb, tier }));
  const current: VmEstimateInput = { vcpuCount: vm.vcpuCount, memoryMib: vm.memoryMib, disks };
  const proposed: VmEstimateInput | null = changed ? { vcpuCount, memoryGb, disks } : null;
  const fieldError = (field: string, local: string | null) => local ?? request.refusals.fields[field] ?? null;
  const vcpuError = fieldError("vcpuCount", vcpuCount === null ? "Enter a whole number" : null);
  const memoryError = fieldError("memoryGb", memoryGb === null ? "Enter a whole number" : null);

  return (
    <form
      className="vm-action-group"
      data-testid="vm-resize-form"
      onSubmit={async (event) => {
        event.preventDefault();
        if (vcpuCount === null || memoryGb === null) return;
        // The server would refuse a resize to the same size: say so without asking it.
        setUnchanged(!changed);
        if (!changed) return;
        const started = await request.start(ResizeVmMutation, { id: vm.id, vcpuCount, memoryGb }, props.onStarted);
        if (!started) props.onRefused();
      }}
    >
      <h3>Resize</h3>
      <div className="field-row">
        <div className="field">
          <label htmlFor="resize-vcpu">vCPUs</label>
          <input
            id="resize-vcpu"
            inputMode="numeric"
            value={vcpu}
            onChange={(e) => setVcpu(e.target.value)}
            aria-invalid={vcpuError !== null}
            aria-describedby={vcpuError ? "resize-vcpu-error" : undefined}
            data-testid="resize-vcpu"
          />
          {vcpuError && (
            <span className="field-error" id="resize-vcpu-error">
              {vcpuError}
            </span>
          )}
        </div>
        <div className="field">
          <label htmlFor="resize-memory">RAM (GB)</label>
          <input
            id="resize-memory"
            inputMode="numeric"
            value={memory}
            onChange={(e) => setMemory(e.target.value)}
            aria-invalid={memoryError !== null}
            aria-describedby={memoryError ? "resize-memory-error" : undefined}
            data-testid="resize-memory"
          />
          {memoryError && (
            <span className="field-error" id="resize-memory-error">
              {memoryError}
            </span>
          )}
        </div>
        <button type="submit" disabled={!allowed || request.fetching} data-testid="vm-resize">
          Resize
        </button>
      </div>
      {vm.powerState !== "POWERED_OFF" && <p className="hint">Power the VM off to resize it.</p>}
      {unchanged && !changed && (
        <p className="field-error" role="alert" data-testid="resize-unchanged">
          The VM already has {vm.vcpuCount} vCPUs and {vm.memoryGb} GB: change one of them first.
        </p>
      )}
      <ResizeEstimate current={current} proposed={proposed} />
      <RefusalList refusals={request.refusals} testId="vm-resize-error" shownAtFields={["vcpuCount", "memoryGb"]} />
    </form>
  );
}
