import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { VmsContext } from "../context";
import { vms } from "../db/schema";
import type { VmCostSpec } from "../money/money-gate";
import type { VmDiskInput } from "./operation.input";
import { checkDisk, MIB_PER_GB } from "./create-vm.rules";
import { loadVmToOperate } from "./operation.access";
import { requireOperationDeps } from "./operation.deps";
import { findCreateInput, hasActiveOperation } from "./operation.store";
import type { VmOperation } from "./operation.type";
import { VmOperationKind } from "./operation.type";
import { inProgress, type OperationPlan, placeOperation } from "./operation.write";
import { findDisksOfVm, type OperableDisk, type OperableVm } from "./operable-vm.store";
import { assertNotSuspended } from "../suspension/suspension.guard";
import {
  assertDeleteConfirmed,
  assertRoomForDisk,
  assertTransition,
  checkGrowDisk,
  checkResize,
} from "./vm-transition.rules";

type Change = Pick<OperationPlan, "input" | "reserve" | "writeBefore">;

/**
 * Every change to an existing VM: who may (NOT_FOUND / FORBIDDEN), whether the collaborators are
 * there, whether its state allows it, the change's own rules, then one operation at a time.
 */
async function changeVm(
  ctx: VmsContext,
  vmId: string,
  kind: VmOperationKind,
  plan: (vm: OperableVm) => Promise<Change> | Change,
  costsMore = false,
): Promise<VmOperation> {
  const vm = await loadVmToOperate(ctx, vmId, kind);
  const deps = requireOperationDeps(ctx.deps, { money: costsMore });
  assertTransition(vm, kind);
  const change = await plan(vm);
  // The partial unique index decides races; this answers the common case before any hold is placed.
  if (await hasActiveOperation(ctx.db, vm.id)) throw inProgress(vm.name);
  return placeOperation(ctx.db, deps, {
    id: randomUUID(),
    organizationId: vm.organizationId,
    vmId: vm.id,
    vmName: vm.name,
    kind,
    caller: ctx.caller!,
    ...change,
  });
}

/**
 * power on / off, shut down, reboot, suspend: nothing to check but the VM's state, and that a
 * VM is not powered on while its organisation is suspended for unpaid usage.
 */
export const changePower = (ctx: VmsContext, vmId: string, kind: VmOperationKind) =>
  changeVm(ctx, vmId, kind, async (vm) => {
    if (kind === VmOperationKind.POWER_ON) await assertNotSuspended(ctx.db, vm.organizationId);
    return { input: {} };
  });

/** What the VM costs as it is: its disks, and the licences it was created with. */
async function costOf(ctx: VmsContext, vm: OperableVm, disks?: readonly OperableDisk[]): Promise<VmCostSpec> {
  const created = (await findCreateInput(ctx.db, vm.id)) as { licences?: VmCostSpec["licences"] } | null;
  return {
    vcpuCount: vm.vcpuCount,
    memoryMib: vm.memoryMib,
    disks: (disks ?? (await findDisksOfVm(ctx.db, vm.id))).map(({ capacityGb, tier }) => ({ capacityGb, tier })),
    licences: created?.licences ?? [],
  };
}

export function resizeVm(ctx: VmsContext, vmId: string, vcpuCount: number, memoryGb: number) {
  return changeVm(
    ctx,
    vmId,
    VmOperationKind.RESIZE,
    async (vm) => {
      const to = checkResize(vm, vcpuCount, memoryGb);
      const from = { vcpuCount: vm.vcpuCount, memoryMib: vm.memoryMib };
      const grows = to.vcpuCount > from.vcpuCount || to.memoryMib > from.memoryMib;
      const before = await costOf(ctx, vm);
      return {
        input: { ...to, from },
        // Only growth is held for; the gate answers null when the new size costs nothing more.
        ...(grows
          ? {
              reserve: {
                reason: `Resize VM ${vm.name} to ${to.vcpuCount} vCPUs, ${to.memoryMib / MIB_PER_GB} GB`,
                vmName: vm.name,
                from: before,
                to: { ...before, ...to },
              },
            }
          : {}),
      };
    },
    true,
  );
}

export function addVmDisk(ctx: VmsContext, vmId: string, disk: VmDiskInput) {
  return changeVm(
    ctx,
    vmId,
    VmOperationKind.ADD_DISK,
    async (vm) => {
      const asked = checkDisk(disk, "disk");
      const disks = await findDisksOfVm(ctx.db, vm.id);
      assertRoomForDisk(vm, disks);
      const added = {
        label: asked.label ?? `Hard disk ${disks.length + 1}`,
        capacityGb: asked.capacityGb,
        tier: asked.tier,
      };
      const before = await costOf(ctx, vm, disks);
      return {
        input: added,
        reserve: {
          reason: `Add a ${added.capacityGb} GB disk to VM ${vm.name}`,
          vmName: vm.name,
          from: before,
          to: { ...before, disks: [...before.disks, { capacityGb: added.capacityGb, tier: added.tier }] },
        },
      };
    },
    true,
  );
}

export function growVmDisk(ctx: VmsContext, vmId: string, diskId: string, capacityGb: number) {
  return changeVm(
    ctx,
    vmId,
    VmOperationKind.GROW_DISK,
    async (vm) => {
      const disks = await findDisksOfVm(ctx.db, vm.id);
      const { disk, capacityGb: to } = checkGrowDisk(vm, disks, diskId, capacityGb);
      const before = await costOf(ctx, vm, disks);
      const after = disks.map((each) => ({ capacityGb: each.id === disk.id ? to : each.capacityGb, tier: each.tier }));
      return {
        input: { diskId: disk.id, capacityGb: to, from: disk.capacityGb },
        reserve: {
          reason: `Grow disk "${disk.label}" of VM ${vm.name} to ${to} GB`,
          vmName: vm.name,
          from: before,
          to: { ...before, disks: after },
        },
      };
    },
    true,
  );
}

/** The VM is marked `deleting` with its operation, so nothing else starts on it and reads can say so. */
export function deleteVm(ctx: VmsContext, vmId: string, confirmName: string) {
  return changeVm(ctx, vmId, VmOperationKind.DELETE, (vm) => {
    assertDeleteConfirmed(vm, confirmName);
    return {
      input: {},
      writeBefore: async (tx) => {
        await tx
          .update(vms)
          .set({ lifecycle: "deleting", updatedAt: sql`now()` })
          .where(eq(vms.id, vm.id));
      },
    };
  });
}
