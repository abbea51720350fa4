import { randomUUID } from "node:crypto";
import { type Caller, DomainError } from "@dcx/kit";
import { startTestSubgraph, type TestSubgraph } from "@dcx/kit/testing";
import { startVcenterSimulator, type VcenterSimulator } from "@dcx/vcenter-simulator";
import { eq } from "drizzle-orm";
import { ipAllocations } from "../db/network.schema";
import { auditEvents, vmDisks, vmNics, vmOperations, vms, type vmsTables } from "../db/schema";
import { VSphereClient } from "../hypervisor";
import { createVmsSubgraph } from "../index";
import type { MoneyGate, ReserveRequest, VmSizeSpec } from "../money/money-gate";
import { createVm as insertVm } from "../vm/vm.service";
import { PowerState, StorageTier } from "../vm/vm.type";
import type { OperationQueue, VmsDeps } from "../vms.deps";

/** The job queue's seam: records what was enqueued, runs nothing (the runner is tested on its own). */
export function recordingQueue(): OperationQueue & { enqueued: string[] } {
  const enqueued: string[] = [];
  return { enqueued, enqueue: async (id) => void enqueued.push(id) };
}

/**
 * The wallet's seam: records holds placed and released; `refuse` makes the next reserves answer
 * INSUFFICIENT_FUNDS as the wallet would. Its catalog offers the sizes given (the catalog
 * subgraph owns the real ones; the money gate's own tests cover that client).
 */
export function recordingMoneyGate(sizes: VmSizeSpec[]): MoneyGate & {
  reserved: (ReserveRequest & { holdId: string })[];
  released: string[];
  refuse: boolean;
  /** Runs while a hold is being placed: what a request arriving meanwhile would change. */
  duringReserve: (() => Promise<void>) | null;
} {
  const gate = {
    reserved: [] as (ReserveRequest & { holdId: string })[],
    released: [] as string[],
    refuse: false,
    duringReserve: null as (() => Promise<void>) | null,
    async reserve(request: ReserveRequest) {
      await gate.duringReserve?.();
      if (gate.refuse)
        throw new DomainError("INSUFFICIENT_FUNDS", "The wallet does not cover this", { shortfall: "10.00" });
      const holdId = randomUUID();
      gate.reserved.push({ ...request, holdId });
      return { holdId, amount: "41.27" };
    },
    async release(holdId: string) {
      gate.released.push(holdId);
    },
    findVmSize: async (name: string) => sizes.find((size) => size.name === name) ?? null,
  };
  return gate;
}

export const GENERAL_SMALL: VmSizeSpec = {
  name: "general.small",
  vcpuCount: 2,
  memoryMib: 4096,
  bootDisk: { tier: StorageTier.STANDARD, capacityGb: 50 },
};

export interface OperationsHarness {
  subgraph: TestSubgraph<typeof vmsTables>;
  simulator: VcenterSimulator;
  queue: ReturnType<typeof recordingQueue>;
  money: ReturnType<typeof recordingMoneyGate>;
  /** Change to take collaborators away (e.g. `deps.hypervisor = null`); restored by `reset`. */
  deps: VmsDeps;
  reset(): void;
  close(): Promise<void>;
}

/** The vms subgraph over HTTP with the real vSphere client (against the local simulator) and the seams. */
export async function startOperationsHarness(): Promise<OperationsHarness> {
  const simulator = await startVcenterSimulator({ port: 0 });
  const hypervisor = new VSphereClient({
    url: simulator.url,
    user: "administrator@vsphere.local",
    password: "simulator",
  });
  const queue = recordingQueue();
  const money = recordingMoneyGate([GENERAL_SMALL]);
  const configured = (): VmsDeps => ({
    hypervisor,
    moneyGate: money,
    queue,
    clock: () => new Date(),
    log: () => {},
  });
  const deps = configured();
  const subgraph = await startTestSubgraph(createVmsSubgraph(() => deps));
  return {
    subgraph,
    simulator,
    queue,
    money,
    deps,
    reset() {
      Object.assign(deps, configured());
      queue.enqueued.length = 0;
      money.reserved.length = 0;
      money.released.length = 0;
      money.refuse = false;
      money.duringReserve = null;
    },
    async close() {
      await subgraph.close();
      await hypervisor.close().catch(() => {});
      await simulator.close();
    },
  };
}

/** Rows of every table an operation may write; equal before and after means nothing was written. */
export async function rowCounts(subgraph: TestSubgraph<typeof vmsTables>) {
  const db = subgraph.database.db;
  return {
    vms: await db.$count(vms),
    disks: await db.$count(vmDisks),
    nics: await db.$count(vmNics),
    operations: await db.$count(vmOperations),
    ipAllocations: await db.$count(ipAllocations),
    audit: await db.$count(auditEvents),
  };
}

/** A VM as if already made in vCenter (the trusted inventory path), in the given state. */
export async function seedVm(
  subgraph: TestSubgraph<typeof vmsTables>,
  organizationId: string,
  options: {
    name?: string;
    powerState?: PowerState;
    lifecycle?: "provisioning" | "ready" | "deleting" | "deleted";
  } = {},
) {
  const vm = await insertVm(subgraph.database.db, {
    organizationId,
    name: options.name ?? `vm-${randomUUID().slice(0, 8)}`,
    powerState: options.powerState ?? PowerState.POWERED_ON,
    vcpuCount: 2,
    memoryMib: 4096,
    disks: [{ label: "OS disk", capacityGb: 50, tier: StorageTier.STANDARD }],
  });
  if (options.lifecycle) {
    await subgraph.database.db.update(vms).set({ lifecycle: options.lifecycle }).where(eq(vms.id, vm.id));
  }
  const [disk] = await subgraph.database.db.select().from(vmDisks).where(eq(vmDisks.vmId, vm.id));
  return { ...vm, diskId: disk!.id };
}

export const codes = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (result.errors ?? []).map((error) => error.extensions?.code);

export const fields = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (result.errors ?? []).map((error) => error.extensions?.field);

export const OPERATION = `id kind status progress error { code message } requestedBy { kind id } vm { id name } createdAt startedAt finishedAt`;

export { PowerState, StorageTier };

export const apiKey = (caller: Caller, readOnly = false): Caller => ({ ...caller, kind: "api_key", readOnly });
