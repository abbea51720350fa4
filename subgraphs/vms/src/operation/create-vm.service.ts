import { randomUUID } from "node:crypto";
import { v5 as uuidV5 } from "uuid";
import { type Caller, conflict, DomainError } from "@dcx/kit";
import type { VmsContext } from "../context";
import type { MoneyGate } from "../money/money-gate";
import { vmDisks, vmNics, vms } from "../db/schema";
import type { VmsDb } from "../vm/vm.store";
import { allocateNicAddress, type PlannedNic, planNic } from "./create-vm.network";
import { checkCreateVmInput, type CreateVmRequest, MIB_PER_GB } from "./create-vm.rules";
import { assertMayOperate } from "./operation.access";
import { type OperationDeps, requireOperationDeps } from "./operation.deps";
import type { CreateVmInput } from "./operation.input";
import { findOperationByIdempotencyKey } from "./operation.store";
import { VmOperationKind, type VmOperation } from "./operation.type";
import { placeOperation, violatedConstraint } from "./operation.write";
import { vmNameTaken } from "./operable-vm.store";
import { requireVmSize } from "./vm-size.source";
import { assertNotSuspended } from "../suspension/suspension.guard";

/** A fixed namespace for operation ids derived from idempotency keys (any constant UUID would do). */
const CREATE_OPERATION_NAMESPACE = "6f1e3c2a-9b7d-4e55-8a41-3d2c0b9e7f10";

/**
 * The create operation's id follows from its organisation and idempotency key, so a request cut
 * off after the wallet placed its hold (keyed by the operation id) and sent again places no
 * second hold: it meets the first one.
 */
export const createOperationId = (organizationId: string, idempotencyKey: string) =>
  uuidV5(`${organizationId}\n${idempotencyKey}`, CREATE_OPERATION_NAMESPACE);

const nameTaken = (name: string) => conflict(`This organisation already has a VM named "${name}"`);

/** The VM a request describes, its named size resolved: the boot disk first. */
async function specOf(moneyGate: MoneyGate, request: CreateVmRequest) {
  const size = request.size === null ? null : await requireVmSize(moneyGate, request.size);
  const asked = size ? [{ label: null, ...size.bootDisk }, ...request.disks] : request.disks;
  return {
    vcpuCount: size ? size.vcpuCount : request.custom!.vcpuCount,
    memoryMib: size ? size.memoryMib : request.custom!.memoryGb * MIB_PER_GB,
    disks: asked.map((disk, position) => ({
      label: disk.label ?? `Hard disk ${position + 1}`,
      capacityGb: disk.capacityGb,
      tier: disk.tier,
    })),
  };
}

/**
 * The same key for the same organisation answers the operation it first made, writing nothing;
 * the same key for a different request is CONFLICT.
 */
async function replayed(ctx: VmsContext, request: CreateVmRequest): Promise<VmOperation | null> {
  const earlier = await findOperationByIdempotencyKey(ctx.db, request.organizationId, request.idempotencyKey);
  if (!earlier) return null;
  if ((earlier.input as { fingerprint?: string }).fingerprint !== request.fingerprint) {
    throw conflict(`Idempotency key "${request.idempotencyKey}" was already used for a different request`);
  }
  return earlier.operation;
}

/**
 * Queues a new VM: checks who asks, every rule, the name and the network, has the wallet hold the
 * VM's cost, then writes the VM (provisioning, powered off), its disks and NIC, its static address
 * and the operation in one transaction, and hands the operation to the job runner.
 */
export async function createVm(ctx: VmsContext, input: CreateVmInput): Promise<VmOperation> {
  const caller = assertMayOperate(ctx.caller, String(input.organizationId), VmOperationKind.CREATE);
  const deps = requireOperationDeps(ctx.deps, { money: true });
  const request = checkCreateVmInput(input);
  const earlier = await replayed(ctx, request);
  if (earlier) return earlier;
  // After the replay: a request the platform accepted before the suspension still gets its answer.
  await assertNotSuspended(ctx.db, request.organizationId);
  try {
    return await createOnce(ctx, deps, caller, request);
  } catch (error) {
    // An identical request with the same key may have won meanwhile (taking the name, the
    // address or the key itself): its operation is the answer.
    const constraint = violatedConstraint(error);
    const conflicting = constraint !== null || (error instanceof DomainError && error.extensions.code === "CONFLICT");
    const again = conflicting ? await replayed(ctx, request) : null;
    if (again) return again;
    if (constraint === "vms_organization_id_name_unique") throw nameTaken(request.name);
    throw error;
  }
}

async function createOnce(ctx: VmsContext, deps: OperationDeps, caller: Caller, request: CreateVmRequest) {
  const spec = await specOf(deps.moneyGate!, request);
  if (await vmNameTaken(ctx.db, request.organizationId, request.name)) throw nameTaken(request.name);
  const nic = await planNic(ctx, request);
  const vmId = randomUUID();
  const cost = { vcpuCount: spec.vcpuCount, memoryMib: spec.memoryMib, disks: spec.disks, licences: request.licences };
  return placeOperation(ctx.db, deps, {
    id: createOperationId(request.organizationId, request.idempotencyKey),
    organizationId: request.organizationId,
    vmId,
    vmName: request.name,
    kind: VmOperationKind.CREATE,
    caller,
    idempotencyKey: request.idempotencyKey,
    reserve: { reason: `Create VM ${request.name}`, vmName: request.name, to: cost },
    input: {
      name: request.name,
      guestId: request.guestId,
      ...cost,
      size: request.size,
      fingerprint: request.fingerprint,
    },
    writeBefore: async (tx) => ({ nics: await writeVm(tx, vmId, request, spec, nic) }),
  });
}

type VmSpec = Awaited<ReturnType<typeof specOf>>;

/** The VM row (provisioning, powered off), its disks in order and its NIC with its address. */
async function writeVm(tx: VmsDb, vmId: string, request: CreateVmRequest, spec: VmSpec, nic: PlannedNic | null) {
  await tx.insert(vms).values({
    id: vmId,
    organizationId: request.organizationId,
    name: request.name,
    powerState: "powered_off",
    lifecycle: "provisioning",
    vcpuCount: spec.vcpuCount,
    memoryMib: spec.memoryMib,
    guestOs: request.guestId,
  });
  await tx.insert(vmDisks).values(spec.disks.map((disk, position) => ({ ...disk, vmId, position })));
  if (!nic) return [];
  const ipAddress = await allocateNicAddress(tx, nic, vmId, 0);
  await tx
    .insert(vmNics)
    .values({ vmId, position: 0, portGroup: nic.portGroup, networkId: nic.networkId, ipMode: nic.ipMode, ipAddress });
  return [{ networkId: nic.networkId, portGroup: nic.portGroup, ipMode: nic.ipMode, ipAddress }];
}
