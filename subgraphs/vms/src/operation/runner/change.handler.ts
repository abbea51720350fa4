import { and, eq, sql } from "drizzle-orm";
import { vmDisks, vms } from "../../db/schema";
import type { HypervisorDisk, HypervisorVm } from "../../hypervisor";
import { type Change, inputOf, type JobContext, requireHypervisorVm } from "./job.context";
import { loadDisks, loadVm } from "./operation.store";
import type { DiskTier } from "./runner.config";
import { OperationFailure } from "./runner.errors";
import { runTask, settlePreviousTask } from "./task-tracker";

export interface ResizeInput {
  vcpuCount: number;
  memoryMib: number;
  from: { vcpuCount: number; memoryMib: number };
}
export interface AddDiskInput {
  label: string;
  capacityGb: number;
  tier: DiskTier;
}
export interface GrowDiskInput {
  diskId: string;
  capacityGb: number;
  from: number;
}

/** The VM's row and the VM in vCenter, after any task an earlier run left in flight. */
async function target(job: JobContext) {
  const row = job.operation.vmId ? await loadVm(job.db, job.operation.vmId) : null;
  if (!row) throw new OperationFailure("NOT_FOUND", "The operation's VM row is missing");
  await settlePreviousTask(job);
  return { row, vm: await requireHypervisorVm(job, row.instanceUuid) };
}

/** New vCPUs and memory; skipped when the VM already has them (a rerun after the task finished). */
export async function resizeHandler(job: JobContext): Promise<Change> {
  const input = inputOf<ResizeInput>(job);
  const { row, vm } = await target(job);
  let current = vm;
  if (vm.vcpuCount !== input.vcpuCount || vm.memoryMib !== input.memoryMib) {
    await runTask(job, () =>
      job.hypervisor.reconfigureVm(vm.instanceUuid, { vcpuCount: input.vcpuCount, memoryMib: input.memoryMib }),
    );
    current = await requireHypervisorVm(job, vm.instanceUuid);
  }
  await job.db
    .update(vms)
    .set({ vcpuCount: current.vcpuCount, memoryMib: current.memoryMib, updatedAt: job.clock() })
    .where(eq(vms.id, row.id));
  return {
    // From the input: a rerun may find the row already changed.
    before: { vcpuCount: input.from?.vcpuCount ?? row.vcpuCount, memoryMib: input.from?.memoryMib ?? row.memoryMib },
    after: { vcpuCount: current.vcpuCount, memoryMib: current.memoryMib },
  };
}

/**
 * Adds a disk. Adding is not idempotent in vCenter, so a rerun first looks for a disk of that size
 * the platform does not know yet (no row carries its device key): that is the one an earlier run added.
 */
export async function addDiskHandler(job: JobContext): Promise<Change> {
  const input = inputOf<AddDiskInput>(job);
  const { row, vm } = await target(job);
  const rows = await loadDisks(job.db, row.id);
  const unknownDisk = (candidate: HypervisorVm) => {
    const known = new Set(rows.flatMap((disk) => (disk.deviceKey === null ? [] : [disk.deviceKey])));
    return candidate.disks.find((disk) => !known.has(disk.key) && Math.round(disk.capacityGb) === input.capacityGb);
  };
  let added: HypervisorDisk | undefined = unknownDisk(vm);
  if (!added) {
    const datastore = job.options.datastores[input.tier];
    await runTask(job, () =>
      job.hypervisor.reconfigureVm(vm.instanceUuid, { addDisks: [{ capacityGb: input.capacityGb, datastore }] }),
    );
    added = unknownDisk(await requireHypervisorVm(job, vm.instanceUuid));
    if (!added) throw new OperationFailure("FAULT", "vCenter reported success but the VM has no new disk");
  }
  const disk = added;
  // The API may have written the disk's row already (no device key yet); otherwise it goes last.
  const pending = rows.find((candidate) => candidate.deviceKey === null && candidate.label === input.label);
  if (pending) {
    await job.db
      .update(vmDisks)
      .set({ deviceKey: disk.key, datastore: disk.datastore, capacityGb: input.capacityGb })
      .where(eq(vmDisks.id, pending.id));
  } else {
    await job.db.insert(vmDisks).values({
      vmId: row.id,
      label: input.label,
      capacityGb: input.capacityGb,
      tier: input.tier,
      position: sql`(select coalesce(max(${vmDisks.position}) + 1, 0) from ${vmDisks} where ${vmDisks.vmId} = ${row.id})`,
      deviceKey: disk.key,
      datastore: disk.datastore,
    });
  }
  await job.db.update(vms).set({ updatedAt: job.clock() }).where(eq(vms.id, row.id));
  return {
    before: null,
    after: { label: input.label, capacityGb: input.capacityGb, tier: input.tier, deviceKey: disk.key },
  };
}

/** Grows one disk; skipped when vCenter already shows it at least that large. */
export async function growDiskHandler(job: JobContext): Promise<Change> {
  const input = inputOf<GrowDiskInput>(job);
  const { row, vm } = await target(job);
  const [disk] = await job.db
    .select()
    .from(vmDisks)
    .where(and(eq(vmDisks.id, input.diskId), eq(vmDisks.vmId, row.id)));
  if (!disk) throw new OperationFailure("NOT_FOUND", `The VM has no disk ${input.diskId}`);
  const deviceKey = disk.deviceKey;
  const current = vm.disks.find((candidate) => candidate.key === deviceKey);
  if (deviceKey === null || !current)
    throw new OperationFailure("NOT_FOUND", `Disk "${disk.label}" is not on the VM in vCenter`);
  if (current.capacityGb < input.capacityGb) {
    await runTask(job, () =>
      job.hypervisor.reconfigureVm(vm.instanceUuid, { growDisks: [{ key: deviceKey, capacityGb: input.capacityGb }] }),
    );
  }
  await job.db.update(vmDisks).set({ capacityGb: input.capacityGb }).where(eq(vmDisks.id, disk.id));
  await job.db.update(vms).set({ updatedAt: job.clock() }).where(eq(vms.id, row.id));
  return {
    before: { diskId: disk.id, label: disk.label, capacityGb: input.from ?? disk.capacityGb },
    after: { diskId: disk.id, label: disk.label, capacityGb: input.capacityGb },
  };
}
