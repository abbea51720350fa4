import type { PowerState, UserRole, VmLifecycle } from "../gql/graphql";

/** The power actions the list offers for several VMs at once. */
export const BULK_ACTIONS = ["powerOnVm", "shutdownVm", "powerOffVm"] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

export const BULK_ACTION_LABELS: Record<BulkAction, string> = {
  powerOnVm: "Power on",
  shutdownVm: "Shut down",
  powerOffVm: "Power off",
};

/** Owners, admins and members power VMs; billing and read-only users may not (vms README, "Who may do what"). */
export const mayPower = (role: UserRole) => role === "OWNER" || role === "ADMIN" || role === "MEMBER";

export interface PowerableVm {
  id: string;
  name: string;
  powerState: PowerState;
  lifecycle: VmLifecycle;
  /** An operation of the VM is queued or running: it takes no other until that ends. */
  busy: boolean;
}

/** Why `action` does not apply to the VM as the list shows it, or null when it does. */
export function reasonNotToSend(action: BulkAction, vm: PowerableVm): string | null {
  if (vm.lifecycle !== "READY") return vm.lifecycle === "PROVISIONING" ? "Still being created" : "Being deleted";
  if (vm.busy) return "An operation is in progress";
  if (action === "powerOnVm") return vm.powerState === "POWERED_ON" ? "Already powered on" : null;
  return vm.powerState === "POWERED_ON" ? null : "Not running";
}

/** What happened to one VM of a bulk request. */
export type BulkOutcome =
  | { vmId: string; name: string; status: "sending" }
  | { vmId: string; name: string; status: "queued"; operationId: string }
  | { vmId: string; name: string; status: "refused"; message: string }
  | { vmId: string; name: string; status: "skipped"; message: string };

/** The VMs to send `action` for, and the others with why they are left out (nothing is sent for them). */
export function planBulkPower(action: BulkAction, selected: readonly PowerableVm[]) {
  const send: PowerableVm[] = [];
  const skipped: BulkOutcome[] = [];
  for (const vm of selected) {
    const reason = reasonNotToSend(action, vm);
    if (reason) skipped.push({ vmId: vm.id, name: vm.name, status: "skipped", message: reason });
    else send.push(vm);
  }
  return { send, skipped };
}

/** "2 queued, 1 refused, 1 skipped" (only the kinds that occur), or "Sending…" while any is on its way. */
export function summariseOutcomes(outcomes: readonly BulkOutcome[]): string {
  if (outcomes.some((outcome) => outcome.status === "sending")) return "Sending…";
  const counts = (["queued", "refused", "skipped"] as const)
    .map((status) => [status, outcomes.filter((outcome) => outcome.status === status).length] as const)
    .filter(([, count]) => count > 0);
  return counts.map(([status, count]) => `${count} ${status}`).join(", ");
}

/**
 * Runs `task` for every item with at most `limit` in flight: the gateway allows a caller a few
 * requests at once, and the page's own queries need one too.
 */
export async function inBatches<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>) {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
  };
  await Promise.all(Array.from({ length: Math.min(limit, queue.length) }, worker));
}
