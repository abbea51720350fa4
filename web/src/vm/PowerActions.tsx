import type { PowerState, VmLifecycle } from "../gql/graphql";
import { RefusalList } from "./RefusalList";
import { useOperationRequest, type OperationDocument } from "./use-operation-request";
import { POWER_ACTION_LABELS, type PowerAction, powerActionsFor } from "./vm-actions";
import {
  PowerOffVmMutation,
  PowerOnVmMutation,
  RebootVmMutation,
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

/** The power buttons the VM's state allows; a refusal (e.g. CONFLICT) is shown under them. */
export function PowerActions(props: {
  vm: { id: string; powerState: PowerState; lifecycle: VmLifecycle };
  busy: boolean;
  onStarted: (operationId: string) => void;
  /** A refusal may mean the VM changed behind the page's back: it is read again. */
  onRefused: () => void;
}) {
  const request = useOperationRequest();
  const actions = powerActionsFor(props.vm.powerState, props.vm.lifecycle, props.busy);
  return (
    <div className="vm-action-group" data-testid="vm-power-actions">
      <h3>Power</h3>
      <div className="button-row">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            onClick={async () => {
              const started = await request.start(POWER_MUTATIONS[action], { id: props.vm.id }, props.onStarted);
              if (!started) props.onRefused();
            }}
            disabled={request.fetching}
            data-testid={`vm-action-${action}`}
          >
            {POWER_ACTION_LABELS[action]}
          </button>
        ))}
        {actions.length === 0 && (
          <span className="muted">
            {props.busy ? "No power action while an operation runs." : "No power action until the VM is ready."}
          </span>
        )}
      </div>
      <RefusalList refusals={request.refusals} testId="vm-power-error" />
    </div>
  );
}
