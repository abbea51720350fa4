import { useState } from "react";
import { useClient } from "urql";
import { fieldErrorsOf } from "../new-vm/vm-form";
import { PowerOffVmMutation, PowerOnVmMutation, ShutdownVmMutation } from "../vm/vm-mutations";
import { type BulkAction, type BulkOutcome, inBatches, planBulkPower, type PowerableVm } from "./bulk-power";

const MUTATIONS = { powerOnVm: PowerOnVmMutation, shutdownVm: ShutdownVmMutation, powerOffVm: PowerOffVmMutation };
/** Requests in flight at once: the gateway lets a caller have six, and the page polls meanwhile. */
const IN_FLIGHT = 4;

/**
 * One mutation per VM (each answers its own operation or its own refusal), a few at a time; every
 * VM's outcome is kept in the order selected: queued with its operation, refused with the
 * server's message, or skipped because the action does not apply to it.
 */
export function useBulkPower(onQueued: () => void) {
  const client = useClient();
  const [outcomes, setOutcomes] = useState<BulkOutcome[]>([]);
  const [running, setRunning] = useState(false);

  const run = async (action: BulkAction, selected: readonly PowerableVm[]) => {
    const { send, skipped } = planBulkPower(action, selected);
    const order = selected.map((vm) => vm.id);
    const place = (outcome: BulkOutcome) =>
      setOutcomes((current) =>
        [...current.filter((other) => other.vmId !== outcome.vmId), outcome].sort(
          (a, b) => order.indexOf(a.vmId) - order.indexOf(b.vmId),
        ),
      );
    setRunning(true);
    setOutcomes([...send.map((vm) => ({ vmId: vm.id, name: vm.name, status: "sending" as const })), ...skipped]);
    await inBatches(send, IN_FLIGHT, async (vm) => {
      const result = await client.mutation(MUTATIONS[action], { id: vm.id }).toPromise();
      const data = result.data as Record<string, { id: string } | undefined> | undefined;
      const operation = data?.[action];
      if (operation) {
        place({ vmId: vm.id, name: vm.name, status: "queued", operationId: operation.id });
        return;
      }
      const refused = fieldErrorsOf(result.error);
      const message = [...Object.values(refused.fields), ...refused.other].join("; ") || "No answer from the server";
      place({ vmId: vm.id, name: vm.name, status: "refused", message });
    });
    setRunning(false);
    if (send.length > 0) onQueued();
  };

  return { outcomes, running, run, clear: () => setOutcomes([]) };
}
