import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { type Database, systemClock } from "@dcx/kit";
import { openTestDatabase } from "@dcx/kit/testing";
import { startVcenterSimulator, type VcenterSimulator } from "@dcx/vcenter-simulator";
import { eq } from "drizzle-orm";
import { type VmOperationRow, vmDisks, vmNics, vmOperations, vms, vmsTables } from "../../db/schema";
import { VSphereClient } from "../../hypervisor";
import type { MoneyGate } from "../../money/money-gate";
import { startOperationRunner, type OperationRunner } from "./operation-runner";
import type { RunnerOptions } from "./runner.config";

/** The wallet's side of the contract as the runner sees it: which holds it gave back. */
export function recordingMoneyGate(): MoneyGate & { released: string[] } {
  const released: string[] = [];
  return {
    released,
    reserve: () => Promise.reject(new Error("the runner never reserves")),
    findVmSize: () => Promise.reject(new Error("the runner never prices")),
    release: async (holdId) => {
      released.push(holdId);
    },
  };
}

/** Quick settings: tasks of 20 ms, a sweep every second, retries without waiting. */
export const FAST_RUNNER: Partial<RunnerOptions> = {
  expireSeconds: 30,
  retryLimit: 2,
  retryDelaySeconds: 0,
  sweepSeconds: 1,
  sweepAfterSeconds: 1,
  pollingSeconds: 0.5,
  guestTimeoutSeconds: 10,
};

export interface RunnerHarness {
  database: Database<typeof vmsTables>;
  simulator: VcenterSimulator;
  hypervisor: VSphereClient;
  money: ReturnType<typeof recordingMoneyGate>;
  logs: string[];
  organizationId: string;
  /** Started by `start` (tests that need rows in place before the runner sees them start it later). */
  runner: OperationRunner;
  start(options?: Partial<RunnerOptions>): Promise<OperationRunner>;
  insertCreate(options?: {
    name?: string;
    holdId?: string | null;
    vcpuCount?: number;
    memoryMib?: number;
    portGroup?: string;
  }): Promise<{ operationId: string; vmId: string }>;
  insertOperation(
    vmId: string,
    kind: VmOperationRow["kind"],
    input?: Record<string, unknown>,
    holdId?: string | null,
  ): Promise<string>;
  waitForEnd(operationId: string, timeoutMs?: number): Promise<VmOperationRow>;
  /** VMs in the simulator carrying this marker (the operation id as instance UUID or `dcx.operation`). */
  vmsWithMarker(marker: string): number;
  close(): Promise<void>;
}

/** A vms database, the vCenter simulator behind the real vSphere client, and the runner over both. */
export async function startRunnerHarness(options: { taskDelayMs?: number } = {}): Promise<RunnerHarness> {
  const database = await openTestDatabase({ name: "vms", tables: vmsTables });
  const simulator = await startVcenterSimulator({ port: 0, taskDelayMs: options.taskDelayMs ?? 20 });
  const hypervisor = new VSphereClient({
    url: simulator.url,
    user: "administrator@vsphere.local",
    password: "simulator",
  });
  const money = recordingMoneyGate();
  const logs: string[] = [];
  const organizationId = randomUUID();
  const db = database.db;

  const harness: RunnerHarness = {
    database,
    simulator,
    hypervisor,
    money,
    logs,
    organizationId,
    runner: undefined as unknown as OperationRunner,
    async start(overrides = {}) {
      harness.runner = await startOperationRunner(
        database,
        { hypervisor, moneyGate: money, clock: systemClock, log: (line) => logs.push(line) },
        { ...FAST_RUNNER, ...overrides },
      );
      return harness.runner;
    },
    async insertCreate({
      name,
      holdId = randomUUID(),
      vcpuCount = 2,
      memoryMib = 2048,
      portGroup = "pg-backend",
    } = {}) {
      const vmId = randomUUID();
      const operationId = randomUUID();
      const vmName = name ?? `job-${operationId.slice(0, 8)}`;
      const disks = [
        { label: "OS disk", capacityGb: 40, tier: "performance" as const },
        { label: "Data", capacityGb: 100, tier: "archive" as const },
      ];
      const nics = [{ networkId: null, portGroup, ipMode: "dhcp" as const, ipAddress: null }];
      await db.transaction(async (tx) => {
        await tx.insert(vms).values({
          id: vmId,
          organizationId,
          name: vmName,
          powerState: "powered_off",
          lifecycle: "provisioning",
          vcpuCount,
          memoryMib,
        });
        await tx.insert(vmDisks).values(disks.map((disk, position) => ({ ...disk, vmId, position })));
        await tx.insert(vmNics).values({ vmId, position: 0, portGroup, ipMode: "dhcp" });
        await tx.insert(vmOperations).values({
          id: operationId,
          organizationId,
          vmId,
          kind: "create",
          input: {
            name: vmName,
            guestId: "ubuntu64Guest",
            vcpuCount,
            memoryMib,
            size: null,
            disks,
            nics,
            licences: [],
          },
          requestedByKind: "user",
          requestedById: "user-1",
          holdId,
        });
      });
      return { operationId, vmId };
    },
    async insertOperation(vmId, kind, input = {}, holdId = null) {
      const id = randomUUID();
      await db.insert(vmOperations).values({
        id,
        organizationId,
        vmId,
        kind,
        input,
        requestedByKind: "api_key",
        requestedById: "key-1",
        holdId,
      });
      return id;
    },
    async waitForEnd(operationId, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const [row] = await db.select().from(vmOperations).where(eq(vmOperations.id, operationId));
        if (row && (row.status === "succeeded" || row.status === "failed")) return row;
        if (Date.now() > deadline)
          throw new Error(`operation ${operationId} still ${row?.status} after ${timeoutMs} ms`);
        await sleep(50);
      }
    },
    vmsWithMarker(marker) {
      return Object.values(harness.simulator.state.vms).filter(
        (vm) =>
          vm.instanceUuid === marker ||
          vm.extraConfig.some((entry) => entry.key === "dcx.operation" && entry.value === marker),
      ).length;
    },
    async close() {
      await harness.runner?.stop({ timeoutMs: 2000 }).catch(() => undefined);
      await hypervisor.close().catch(() => undefined);
      await harness.simulator.close();
      await database.close();
    },
  };
  return harness;
}
