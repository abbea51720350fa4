import { useState } from "react";
import { type AnyVariables, type CombinedError, type DocumentInput, useClient } from "urql";
import type { PowerState, StorageTier, VmLifecycle } from "../gql/graphql";
import { storageTierLabel } from "../format";
import { fieldErrorsOf, parseWholeNumber } from "../new-vm/vm-form";
import { canChange, canResize, POWER_ACTION_LABELS, type PowerAction, powerActionsFor } from "./vm-actions";
import {
  AddVmDiskMutation,
  DeleteVmMutation,
  PowerOffVmMutation,
  PowerOnVmMutation,
  RebootVmMutation,
  ResizeVmMutation,
  ShutdownVmMutation,
  SuspendVmMutation,
} from "./vm-mutations";

const POWER_MUTATIONS: Record<PowerAction, OperationDocument<{ id: string }>> = {
  powerOnVm: PowerOnVmMutation,
  shutdownVm: ShutdownVmMutation,
  powerOffVm: PowerOffVmMutation,
  rebootVm: RebootVmMutation,
  suspendVm: SuspendVmMutation,
};
const TIERS: StorageTier[] = ["PERFORMANCE", "STANDARD", "ARCHIVE"];

interface VmActionsProps {
  vm: { id: string; name: string; powerState: PowerState; lifecycle: VmLifecycle; vcpuCount: number; memoryGb: number };
  /** True while an operation of this VM is queued or running. */
  busy: boolean;
  /** The operation a request started: the page shows its progress. */
  onStarted: (operationId: string) => void;
}

type OperationDocument<V extends AnyVariables> = DocumentInput<Record<string, { id: string }>, V>;

/** Requests that answer an operation: its refusal (code and message) is shown where it was asked. */
function useOperationRequest() {
  const client = useClient();
  const [fetching, setFetching] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>(undefined);
  const start = async <V extends AnyVariables>(
    document: OperationDocument<V>,
    variables: V,
    onStarted: (id: string) => void,
  ) => {
    setFetching(true);
    const result = await client.mutation(document, variables).toPromise();
    setFetching(false);
    setError(result.error);
    const operation = result.data && Object.values(result.data)[0];
    if (operation) onStarted(operation.id);
  };
  return { fetching, start, refused: fieldErrorsOf(error) };
}

function Refusal({ refused, testId }: { refused: ReturnType<typeof fieldErrorsOf>; testId: string }) {
  const messages = [...Object.values(refused.fields), ...refused.other];
  if (messages.length === 0) return null;
  return (
    <ul className="field-error" role="alert" data-testid={testId}>
      {messages.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}

/** The power buttons valid for the VM's state, resize, add a disk, and delete (typing the name). */
export function VmActions({ vm, busy, onStarted }: VmActionsProps) {
  const power = useOperationRequest();
  const resize = useOperationRequest();
  const addDisk = useOperationRequest();
  const remove = useOperationRequest();
  const [vcpu, setVcpu] = useState(String(vm.vcpuCount));
  const [memory, setMemory] = useState(String(vm.memoryGb));
  const [diskGb, setDiskGb] = useState("100");
  const [diskTier, setDiskTier] = useState<StorageTier>("STANDARD");
  const [confirmName, setConfirmName] = useState("");

  const actions = powerActionsFor(vm.powerState, vm.lifecycle, busy);
  const runPower = (action: PowerAction) => power.start(POWER_MUTATIONS[action], { id: vm.id }, onStarted);
  return (
    <section className="card vm-actions" data-testid="vm-actions">
      <h2>Actions</h2>
      <div className="button-row">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            onClick={() => void runPower(action)}
            disabled={power.fetching}
            data-testid={`vm-action-${action}`}
          >
            {POWER_ACTION_LABELS[action]}
          </button>
        ))}
        {actions.length === 0 && <span className="muted">No power action while the VM is busy or not ready.</span>}
      </div>
      <Refusal refused={power.refused} testId="vm-power-error" />

      <form
        className="field-row"
        onSubmit={(event) => {
          event.preventDefault();
          const vcpuCount = parseWholeNumber(vcpu);
          const memoryGb = parseWholeNumber(memory);
          if (vcpuCount !== null && memoryGb !== null)
            void resize.start(ResizeVmMutation, { id: vm.id, vcpuCount, memoryGb }, onStarted);
        }}
      >
        <div className="field">
          <label htmlFor="resize-vcpu">vCPUs</label>
          <input
            id="resize-vcpu"
            inputMode="numeric"
            value={vcpu}
            onChange={(e) => setVcpu(e.target.value)}
            data-testid="resize-vcpu"
          />
        </div>
        <div className="field">
          <label htmlFor="resize-memory">RAM (GB)</label>
          <input
            id="resize-memory"
            inputMode="numeric"
            value={memory}
            onChange={(e) => setMemory(e.target.value)}
            data-testid="resize-memory"
          />
        </div>
        <button type="submit" disabled={!canResize(vm.powerState, vm.lifecycle, busy)} data-testid="vm-resize">
          Resize
        </button>
        {vm.powerState !== "POWERED_OFF" && <span className="hint">Power the VM off to resize it.</span>}
      </form>
      <Refusal refused={resize.refused} testId="vm-resize-error" />

      <form
        className="field-row"
        onSubmit={(event) => {
          event.preventDefault();
          const capacityGb = parseWholeNumber(diskGb);
          if (capacityGb !== null)
            void addDisk.start(AddVmDiskMutation, { id: vm.id, disk: { capacityGb, tier: diskTier } }, onStarted);
        }}
      >
        <div className="field">
          <label htmlFor="disk-gb">New disk (GB)</label>
          <input
            id="disk-gb"
            inputMode="numeric"
            value={diskGb}
            onChange={(e) => setDiskGb(e.target.value)}
            data-testid="add-disk-capacity"
          />
        </div>
        <div className="field">
          <label htmlFor="disk-tier">Tier</label>
          <select id="disk-tier" value={diskTier} onChange={(e) => setDiskTier(e.target.value as StorageTier)}>
            {TIERS.map((tier) => (
              <option key={tier} value={tier}>
                {storageTierLabel(tier)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={!canChange(vm.lifecycle, busy)} data-testid="vm-add-disk">
          Add disk
        </button>
      </form>
      <Refusal refused={addDisk.refused} testId="vm-add-disk-error" />

      <form
        className="field-row danger"
        onSubmit={(event) => {
          event.preventDefault();
          void remove.start(DeleteVmMutation, { id: vm.id, confirmName }, onStarted);
        }}
      >
        <div className="field">
          <label htmlFor="delete-name">Type the VM&apos;s name to delete it</label>
          <input
            id="delete-name"
            value={confirmName}
            onChange={(e) => setConfirmName(e.target.value)}
            data-testid="delete-confirm-name"
          />
        </div>
        <button
          type="submit"
          className="danger"
          disabled={confirmName !== vm.name || !canChange(vm.lifecycle, busy)}
          data-testid="vm-delete"
        >
          Delete VM
        </button>
      </form>
      <Refusal refused={remove.refused} testId="vm-delete-error" />
    </section>
  );
}
