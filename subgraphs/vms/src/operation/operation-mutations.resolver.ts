import { Arg, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import type { VmsContext } from "../context";
import { createVm } from "./create-vm.service";
import { CreateVmInput, VmDiskInput } from "./operation.input";
import { VmOperation, VmOperationKind } from "./operation.type";
import { addVmDisk, changePower, deleteVm, growVmDisk, resizeVm } from "./vm-change.service";

const SUSPENDED =
  "ORGANIZATION_SUSPENDED (with `organizationId`, `suspendedAt`) while the organisation is suspended for unpaid usage.";
const REFUSALS =
  "Refused before anything is written: BAD_USER_INPUT (with `field`), CONFLICT for a state that does not allow it or an operation in progress, FORBIDDEN, NOT_FOUND, INSUFFICIENT_FUNDS, HYPERVISOR_UNAVAILABLE / SERVICE_UNAVAILABLE.";

/** Each mutation queues one operation and answers it at once; poll `vmOperation(id)` for the outcome. */
@Resolver(() => VmOperation)
export class VmOperationMutationsResolver {
  @Mutation(() => VmOperation, {
    description: `Queues a new VM (owners and admins). The same idempotencyKey answers the same operation. ${REFUSALS} ${SUSPENDED}`,
  })
  createVm(@Arg("input", () => CreateVmInput) input: CreateVmInput, @Ctx() ctx: VmsContext): Promise<VmOperation> {
    return createVm(ctx, input);
  }

  @Mutation(() => VmOperation, { description: `Powers a VM on (members may). ${REFUSALS} ${SUSPENDED}` })
  powerOnVm(@Arg("id", () => ID) id: string, @Ctx() ctx: VmsContext): Promise<VmOperation> {
    return changePower(ctx, id, VmOperationKind.POWER_ON);
  }

  @Mutation(() => VmOperation, { description: `Powers a running VM off at once (members may). ${REFUSALS}` })
  powerOffVm(@Arg("id", () => ID) id: string, @Ctx() ctx: VmsContext): Promise<VmOperation> {
    return changePower(ctx, id, VmOperationKind.POWER_OFF);
  }

  @Mutation(() => VmOperation, { description: `Asks a running VM's guest to shut down (members may). ${REFUSALS}` })
  shutdownVm(@Arg("id", () => ID) id: string, @Ctx() ctx: VmsContext): Promise<VmOperation> {
    return changePower(ctx, id, VmOperationKind.SHUTDOWN);
  }

  @Mutation(() => VmOperation, { description: `Asks a running VM's guest to reboot (members may). ${REFUSALS}` })
  rebootVm(@Arg("id", () => ID) id: string, @Ctx() ctx: VmsContext): Promise<VmOperation> {
    return changePower(ctx, id, VmOperationKind.REBOOT);
  }

  @Mutation(() => VmOperation, { description: `Suspends a running VM (members may). ${REFUSALS}` })
  suspendVm(@Arg("id", () => ID) id: string, @Ctx() ctx: VmsContext): Promise<VmOperation> {
    return changePower(ctx, id, VmOperationKind.SUSPEND);
  }

  @Mutation(() => VmOperation, {
    description: `Changes a powered-off VM's vCPUs and memory (owners and admins). ${REFUSALS}`,
  })
  resizeVm(
    @Arg("id", () => ID) id: string,
    @Arg("vcpuCount", () => Int) vcpuCount: number,
    @Arg("memoryGb", () => Int) memoryGb: number,
    @Ctx() ctx: VmsContext,
  ): Promise<VmOperation> {
    return resizeVm(ctx, id, vcpuCount, memoryGb);
  }

  @Mutation(() => VmOperation, { description: `Adds a disk to a VM (owners and admins). ${REFUSALS}` })
  addVmDisk(
    @Arg("id", () => ID) id: string,
    @Arg("disk", () => VmDiskInput) disk: VmDiskInput,
    @Ctx() ctx: VmsContext,
  ): Promise<VmOperation> {
    return addVmDisk(ctx, id, disk);
  }

  @Mutation(() => VmOperation, {
    description: `Grows one of a VM's disks; disks never shrink (owners and admins). ${REFUSALS}`,
  })
  growVmDisk(
    @Arg("id", () => ID) id: string,
    @Arg("diskId", () => ID) diskId: string,
    @Arg("capacityGb", () => Int) capacityGb: number,
    @Ctx() ctx: VmsContext,
  ): Promise<VmOperation> {
    return growVmDisk(ctx, id, diskId, capacityGb);
  }

  @Mutation(() => VmOperation, {
    description: `Deletes a VM and its disks; confirmName must be the VM's name exactly (owners and admins). ${REFUSALS}`,
  })
  deleteVm(
    @Arg("id", () => ID) id: string,
    @Arg("confirmName", () => String) confirmName: string,
    @Ctx() ctx: VmsContext,
  ): Promise<VmOperation> {
    return deleteVm(ctx, id, confirmName);
  }
}
