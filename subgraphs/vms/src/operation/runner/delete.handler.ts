import { eq } from "drizzle-orm";
import { vms } from "../../db/schema";
import { isHypervisorError } from "../../hypervisor";
import { releaseStaticIpsOf } from "../../network/allocation.service";
import type { VmsDb } from "../../vm/vm.store";
import type { Change, JobContext } from "./job.context";
import { loadNics, loadVm } from "./operation.store";
import { OperationFailure } from "./runner.errors";
import { runTask, settlePreviousTask } from "./task-tracker";

/** The holder of a NIC's static address, as the API allocates it. */
export const nicHolder = (vmId: string, position: number) => `vm:${vmId}/nic:${position}`;

/** Gives back every static address of a VM's NICs. */
export async function releaseVmAddresses(db: VmsDb, vmId: string): Promise<void> {
  for (const nic of await loadNics(db, vmId)) await releaseStaticIpsOf(db, nicHolder(vmId, nic.position));
}

/**
 * Powers the VM off if it is not, destroys it, frees its static addresses and marks it deleted.
 * A VM already gone from vCenter counts as deleted, so a rerun after any step just finishes.
 */
export async function deleteVmHandler(job: JobContext): Promise<Change> {
  const { db, hypervisor, operation } = job;
  const row = operation.vmId ? await loadVm(db, operation.vmId) : null;
  if (!row) throw new OperationFailure("NOT_FOUND", "The operation's VM row is missing");
  await settlePreviousTask(job);
  const vm = row.instanceUuid ? await hypervisor.findVmByInstanceUuid(row.instanceUuid) : null;
  try {
    if (vm && vm.powerState !== "poweredOff") await runTask(job, () => hypervisor.powerOff(vm.instanceUuid), [0, 50]);
    if (vm) await runTask(job, () => hypervisor.destroy(vm.instanceUuid), [50, 99]);
  } catch (error) {
    if (!isHypervisorError(error, "NOT_FOUND")) throw error;
  }
  await db.transaction(async (tx) => {
    await releaseVmAddresses(tx as unknown as VmsDb, row.id);
    await tx
      .update(vms)
      .set({ lifecycle: "deleted", powerState: "powered_off", ipAddresses: [], updatedAt: job.clock() })
      .where(eq(vms.id, row.id));
  });
  return {
    before: { lifecycle: row.lifecycle, powerState: row.powerState, instanceUuid: row.instanceUuid },
    after: { lifecycle: "deleted" },
  };
}
