import { setTimeout as sleep } from "node:timers/promises";
import { HypervisorError, type HypervisorPowerState, type HypervisorVm } from "../../hypervisor";
import { findActiveSuspension } from "../../suspension/suspension.store";
import { type Change, type JobContext, requireHypervisorVm } from "./job.context";
import { loadVm, saveTask } from "./operation.store";
import { OperationFailure } from "./runner.errors";
import { GUEST_REQUEST, runTask, settlePreviousTask } from "./task-tracker";
import { POWER_STATE, recordPowerState } from "./vm-record";

export type PowerKind = "power_on" | "power_off" | "suspend" | "shutdown" | "reboot";

/** Power operations with a vCenter task: the state they end in, and the call that gets there. */
const TASKS: Record<
  "power_on" | "power_off" | "suspend",
  { target: HypervisorPowerState; method: "powerOn" | "powerOff" | "suspend" }
> = {
  power_on: { target: "poweredOn", method: "powerOn" },
  power_off: { target: "poweredOff", method: "powerOff" },
  suspend: { target: "suspended", method: "suspend" },
};

const GUEST_POLL_MS = 500;

/**
 * Power on/off and suspend run as tasks and are skipped when the VM is already in the state
 * asked for (so a rerun after a crash does nothing twice). Guest shutdown and reboot have no task:
 * a reboot is recorded on the operation before it is sent (so a rerun never reboots twice), then
 * the VM is watched until its power state (shutdown) or its uptime (reboot) shows the guest acted.
 */
export async function powerHandler(job: JobContext, kind: PowerKind): Promise<Change> {
  const { db, hypervisor, operation } = job;
  const row = operation.vmId ? await loadVm(db, operation.vmId) : null;
  if (!row) throw new OperationFailure("NOT_FOUND", "The operation's VM row is missing");
  await settlePreviousTask(job);
  const before = { powerState: row.powerState };
  let vm = await requireHypervisorVm(job, row.instanceUuid);

  if (kind === "shutdown" || kind === "reboot") vm = await guestRequest(job, vm, kind);
  else {
    const { target, method } = TASKS[kind];
    if (vm.powerState !== target) {
      if (kind === "power_on") await refuseWhileSuspended(job, row.organizationId);
      await runTask(job, () => hypervisor[method](vm.instanceUuid));
      vm = await requireHypervisorVm(job, vm.instanceUuid);
    }
  }
  await recordPowerState(db, row.id, vm, job.clock());
  return { before, after: { powerState: POWER_STATE[vm.powerState] } };
}

/**
 * A power-on accepted just before its organisation was suspended must not run after it: the
 * mutation checked when it was asked, this checks when the job runs.
 */
async function refuseWhileSuspended(job: JobContext, organizationId: string | null): Promise<void> {
  if (!organizationId || !(await findActiveSuspension(job.db, organizationId))) return;
  throw new OperationFailure(
    "ORGANIZATION_SUSPENDED",
    "The organisation was suspended for unpaid usage before the VM could be powered on",
  );
}

async function guestRequest(job: JobContext, vm: HypervisorVm, kind: "shutdown" | "reboot"): Promise<HypervisorVm> {
  const { hypervisor, operation } = job;
  if (kind === "shutdown" && vm.powerState === "poweredOff") return vm;
  // A shutdown may be asked again while the guest still runs; a reboot only once, so the time
  // it was asked is kept on the operation before asking.
  const asked = operation.taskId?.startsWith(GUEST_REQUEST) ? Number(operation.taskId.split(":")[2]) : null;
  const since = asked ?? Date.now();
  if (kind === "shutdown") await hypervisor.shutdownGuest(vm.instanceUuid);
  else if (asked === null) {
    await saveTask(job.db, operation.id, `${GUEST_REQUEST}${kind}:${since}`, job.clock());
    await hypervisor.rebootGuest(vm.instanceUuid);
  }
  const giveUpAt = since + job.options.guestTimeoutSeconds * 1000;
  for (;;) {
    const current = await requireHypervisorVm(job, vm.instanceUuid);
    if (kind === "shutdown" ? current.powerState === "poweredOff" : restartedSince(current, since)) return current;
    if (Date.now() >= giveUpAt) {
      throw new OperationFailure(
        "TIMEOUT",
        kind === "shutdown"
          ? `The guest did not shut down within ${job.options.guestTimeoutSeconds} s (power it off instead)`
          : `The guest did not restart within ${job.options.guestTimeoutSeconds} s`,
      );
    }
    // This run's time is up before the guest's: a later run goes on watching.
    if (Date.now() >= job.deadline) throw new HypervisorError("TIMEOUT", `still waiting for the guest to ${kind}`);
    await sleep(GUEST_POLL_MS);
  }
}

/** The guest booted after `since` (epoch ms): its uptime is shorter than the time since the request. */
function restartedSince(vm: HypervisorVm, since: number): boolean {
  if (vm.powerState !== "poweredOn" || vm.uptimeSeconds === null) return false;
  return Date.now() - vm.uptimeSeconds * 1000 >= since - 1000;
}
