import type { CreateVmStart, HypervisorVm } from "../../hypervisor";
import { type Change, inputOf, type JobContext, requireHypervisorVm } from "./job.context";
import { loadVm } from "./operation.store";
import { ensureOrganizationFolder } from "./organization-folder";
import type { DiskTier } from "./runner.config";
import { OperationFailure } from "./runner.errors";
import { runTask, settlePreviousTask } from "./task-tracker";
import { recordHypervisorVm } from "./vm-record";

/** `input` of a create, as the API writes it. */
export interface CreateInput {
  name: string;
  guestId: string;
  vcpuCount: number;
  memoryMib: number;
  disks: { label: string; capacityGb: number; tier: DiskTier }[];
  nics: { networkId: string | null; portGroup: string; ipMode: "dhcp" | "static"; ipAddress: string | null }[];
}

/**
 * Makes the VM in the organisation's folder and powers it on. Safe to run again from any line:
 * the operation id is the VM's marker, so `createVm` answers the VM an earlier run made instead of
 * making another, and a task an earlier run started is awaited rather than started again.
 */
export async function createVmHandler(job: JobContext): Promise<Change> {
  const { db, hypervisor, operation } = job;
  const vm = operation.vmId ? await loadVm(db, operation.vmId) : null;
  if (!vm) throw new OperationFailure("NOT_FOUND", "The operation's VM row is missing");
  const input = inputOf<CreateInput>(job);

  await settlePreviousTask(job);
  const folderId = await ensureOrganizationFolder(db, hypervisor, operation.organizationId);
  const datastoreOf = (tier: DiskTier) => job.options.datastores[tier];
  const started: CreateVmStart = await hypervisor.createVm({
    marker: operation.id,
    name: input.name,
    guestId: input.guestId,
    vcpuCount: input.vcpuCount,
    memoryMib: input.memoryMib,
    folderId,
    datastore: datastoreOf(input.disks[0]?.tier ?? "standard"),
    disks: input.disks.map((disk) => ({ capacityGb: disk.capacityGb, datastore: datastoreOf(disk.tier) })),
    nics: input.nics.map((nic) => ({ network: nic.portGroup })),
  });

  let made: HypervisorVm;
  if (started.status === "exists") made = started.vm;
  else {
    const info = await runTask(job, () => Promise.resolve(started.task), [0, 80]);
    made = await requireHypervisorVm(job, info.resultInstanceUuid ?? operation.id);
  }
  await recordHypervisorVm(db, vm.id, made, { now: job.clock() });

  if (made.powerState !== "poweredOn") {
    await runTask(job, () => hypervisor.powerOn(made.instanceUuid), [80, 99]);
  }
  const running = await requireHypervisorVm(job, made.instanceUuid);
  await recordHypervisorVm(db, vm.id, running, { lifecycle: "ready", now: job.clock() });
  return {
    before: null,
    after: {
      name: running.name,
      instanceUuid: running.instanceUuid,
      powerState: "powered_on",
      vcpuCount: running.vcpuCount,
      memoryMib: running.memoryMib,
      disks: running.disks.map((disk) => ({ key: disk.key, capacityGb: disk.capacityGb, datastore: disk.datastore })),
    },
  };
}
