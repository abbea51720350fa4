import { useRef, useState } from "react";
import { describeDisks } from "../format";
import type { StorageTier, VmLifecycle } from "../gql/graphql";
import { RefusalList } from "./RefusalList";
import { useOperationRequest } from "./use-operation-request";
import { canChange } from "./vm-actions";
import { DeleteVmMutation } from "./vm-mutations";

interface DeletableVm {
  id: string;
  name: string;
  lifecycle: VmLifecycle;
  disks: ReadonlyArray<{ capacityGb: number; tier: StorageTier }>;
}

/**
 * Deleting a VM, in a modal dialog: the VM's name must be typed exactly (sent as `confirmName`,
 * which the server checks again) before the button is enabled. The dialog closes once the
 * delete has started; a refusal stays in it.
 */
export function DeleteVmDialog(props: {
  vm: DeletableVm;
  busy: boolean;
  onStarted: (id: string) => void;
  onRefused: () => void;
}) {
  const { vm } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const request = useOperationRequest();
  const [confirmName, setConfirmName] = useState("");
  const matches = confirmName === vm.name;
  const allowed = canChange(vm.lifecycle, props.busy);
  const close = () => dialog.current?.close();

  return (
    <div className="vm-action-group">
      <h3>Delete</h3>
      <button
        type="button"
        className="danger"
        disabled={!allowed}
        onClick={() => dialog.current?.showModal()}
        data-testid="vm-delete-open"
      >
        Delete VM…
      </button>
      <dialog
        ref={dialog}
        className="delete-dialog"
        aria-labelledby="delete-vm-title"
        data-testid="delete-dialog"
        onClose={() => {
          setConfirmName("");
          request.clear();
        }}
      >
        <form
          onSubmit={async (event) => {
            event.preventDefault();
            if (!matches) return;
            const started = await request.start(DeleteVmMutation, { id: vm.id, confirmName }, (id) => {
              close();
              props.onStarted(id);
            });
            if (!started) props.onRefused();
          }}
        >
          <h2 id="delete-vm-title">Delete {vm.name}?</h2>
          <p>
            The VM and its disks ({describeDisks(vm.disks)}) are deleted in vCenter, with everything on them. This
            cannot be undone.
          </p>
          <div className="field">
            <label htmlFor="delete-name">
              Type <strong>{vm.name}</strong> to confirm
            </label>
            <input
              id="delete-name"
              value={confirmName}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => setConfirmName(e.target.value)}
              aria-describedby="delete-name-hint"
              data-testid="delete-confirm-name"
            />
            <span className="hint" id="delete-name-hint" data-testid="delete-name-hint">
              {matches ? "The name matches." : "The Delete button stays off until the name matches exactly."}
            </span>
          </div>
          <RefusalList refusals={request.refusals} testId="vm-delete-error" />
          <div className="button-row dialog-buttons">
            <button type="button" className="secondary" onClick={close}>
              Cancel
            </button>
            <button
              type="submit"
              className="danger"
              disabled={!matches || !allowed || request.fetching}
              data-testid="vm-delete"
            >
              Delete VM
            </button>
          </div>
        </form>
      </dialog>
    </div>
  );
}
