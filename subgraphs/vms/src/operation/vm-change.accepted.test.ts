import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { vmOperations, vms } from "../db/schema";
import {
  codes,
  OPERATION,
  type OperationsHarness,
  PowerState,
  rowCounts,
  seedVm,
  startOperationsHarness,
} from "./operation.test-support";

const M = {
  powerOn: `mutation($id: ID!) { powerOnVm(id: $id) { ${OPERATION} } }`,
  powerOff: `mutation($id: ID!) { powerOffVm(id: $id) { ${OPERATION} } }`,
  shutdown: `mutation($id: ID!) { shutdownVm(id: $id) { ${OPERATION} } }`,
  reboot: `mutation($id: ID!) { rebootVm(id: $id) { ${OPERATION} } }`,
  suspend: `mutation($id: ID!) { suspendVm(id: $id) { ${OPERATION} } }`,
  resize: `mutation($id: ID!, $vcpuCount: Int!, $memoryGb: Int!) { resizeVm(id: $id, vcpuCount: $vcpuCount, memoryGb: $memoryGb) { ${OPERATION} } }`,
  addDisk: `mutation($id: ID!, $disk: VmDiskInput!) { addVmDisk(id: $id, disk: $disk) { ${OPERATION} } }`,
  growDisk: `mutation($id: ID!, $diskId: ID!, $capacityGb: Int!) { growVmDisk(id: $id, diskId: $diskId, capacityGb: $capacityGb) { ${OPERATION} } }`,
  delete: `mutation($id: ID!, $confirmName: String!) { deleteVm(id: $id, confirmName: $confirmName) { ${OPERATION} } }`,
} as const;
type Mutation = keyof typeof M;
type SeededVm = Awaited<ReturnType<typeof seedVm>>;

/** Valid variables for each mutation on `vm` (a powered-off VM for resize, running for the rest). */
const validVariables = (vm: SeededVm): Record<Mutation, Record<string, unknown>> => ({
  powerOn: { id: vm.id },
  powerOff: { id: vm.id },
  shutdown: { id: vm.id },
  reboot: { id: vm.id },
  suspend: { id: vm.id },
  resize: { id: vm.id, vcpuCount: 4, memoryGb: 8 },
  addDisk: { id: vm.id, disk: { capacityGb: 100, tier: "PERFORMANCE" } },
  growDisk: { id: vm.id, diskId: vm.diskId, capacityGb: 80 },
  delete: { id: vm.id, confirmName: vm.name },
});

describe("operations on an existing VM that are accepted", () => {
  let h: OperationsHarness;
  const organization = randomUUID();
  const seed = (options: Parameters<typeof seedVm>[2] = {}) => seedVm(h.subgraph, organization, options);
  const send = (mutation: Mutation, variables: Record<string, unknown>) => h.subgraph.request(M[mutation], variables);
  const expectNothingWritten = async (run: () => Promise<unknown>) => {
    const before = await rowCounts(h.subgraph);
    await run();
    expect(await rowCounts(h.subgraph)).toEqual(before);
    expect(h.money.reserved).toEqual([]);
    expect(h.queue.enqueued).toEqual([]);
  };

  beforeAll(async () => {
    h = await startOperationsHarness();
  }, 120_000);
  afterAll(() => h?.close());
  beforeEach(() => h.reset());

  describe("accepted operations", () => {
    const operationRow = async (result: { data?: unknown; errors?: unknown }) => {
      expect(result.errors).toBeUndefined();
      const operation = Object.values(result.data as Record<string, { id: string; status: string }>)[0]!;
      expect(operation.status).toBe("QUEUED");
      const [row] = await h.subgraph.database.db.select().from(vmOperations).where(eq(vmOperations.id, operation.id));
      expect(h.queue.enqueued).toEqual([operation.id]);
      return row!;
    };

    it.each([
      ["powerOn", PowerState.POWERED_OFF, "power_on"],
      ["powerOn", PowerState.SUSPENDED, "power_on"],
      ["powerOff", PowerState.POWERED_ON, "power_off"],
      ["shutdown", PowerState.POWERED_ON, "shutdown"],
      ["reboot", PowerState.POWERED_ON, "reboot"],
      ["suspend", PowerState.POWERED_ON, "suspend"],
    ] as const)("%s from %s: input {}, no hold", async (mutation, powerState, kind) => {
      const vm = await seed({ powerState });
      const row = await operationRow(await send(mutation, { id: vm.id }));
      expect(row).toMatchObject({ vmId: vm.id, kind, input: {}, holdId: null, requestedByKind: "user" });
      expect(h.money.reserved).toEqual([]);
    });

    it("resize up: from/to in MiB, the growth held", async () => {
      const vm = await seed({ powerState: PowerState.POWERED_OFF });
      const row = await operationRow(await send("resize", { id: vm.id, vcpuCount: 4, memoryGb: 8 }));
      expect(row.input).toEqual({ vcpuCount: 4, memoryMib: 8192, from: { vcpuCount: 2, memoryMib: 4096 } });
      expect(h.money.reserved).toHaveLength(1);
      expect(h.money.reserved[0]).toMatchObject({
        operationId: row.id,
        from: { vcpuCount: 2, memoryMib: 4096, disks: [{ capacityGb: 50, tier: "standard" }] },
        to: { vcpuCount: 4, memoryMib: 8192, disks: [{ capacityGb: 50, tier: "standard" }] },
      });
      expect(row.holdId).toBe(h.money.reserved[0]!.holdId);
    });

    it("resize down: nothing held", async () => {
      const vm = await seed({ powerState: PowerState.POWERED_OFF });
      const row = await operationRow(await send("resize", { id: vm.id, vcpuCount: 1, memoryGb: 2 }));
      expect(row).toMatchObject({ kind: "resize", holdId: null });
      expect(h.money.reserved).toEqual([]);
    });

    it("add a disk: label defaulted, the new disk held", async () => {
      const vm = await seed();
      const row = await operationRow(
        await send("addDisk", { id: vm.id, disk: { capacityGb: 100, tier: "PERFORMANCE" } }),
      );
      expect(row.input).toEqual({ label: "Hard disk 2", capacityGb: 100, tier: "performance" });
      expect(h.money.reserved[0]?.to.disks).toEqual([
        { capacityGb: 50, tier: "standard" },
        { capacityGb: 100, tier: "performance" },
      ]);
      expect(row.holdId).toBe(h.money.reserved[0]!.holdId);
    });

    it("grow a disk: from and to, the growth held", async () => {
      const vm = await seed();
      const row = await operationRow(await send("growDisk", { id: vm.id, diskId: vm.diskId, capacityGb: 80 }));
      expect(row.input).toEqual({ diskId: vm.diskId, capacityGb: 80, from: 50 });
      expect(h.money.reserved[0]).toMatchObject({
        from: { disks: [{ capacityGb: 50 }] },
        to: { disks: [{ capacityGb: 80 }] },
      });
    });

    it("delete: the VM is marked deleting with its operation, nothing held", async () => {
      const vm = await seed();
      const row = await operationRow(await send("delete", { id: vm.id, confirmName: vm.name }));
      expect(row).toMatchObject({ kind: "delete", input: {}, holdId: null });
      const [after] = await h.subgraph.database.db.select().from(vms).where(eq(vms.id, vm.id));
      expect(after?.lifecycle).toBe("deleting");
    });

    it("writes nothing when the wallet refuses a growth (INSUFFICIENT_FUNDS)", async () => {
      const vm = await seed();
      h.money.refuse = true;
      const before = await rowCounts(h.subgraph);
      const result = await send("growDisk", validVariables(vm).growDisk);
      expect(codes(result)).toEqual(["INSUFFICIENT_FUNDS"]);
      expect(await rowCounts(h.subgraph)).toEqual(before);
    });

    it.each([
      ["no hypervisor", "hypervisor", "powerOff", "HYPERVISOR_UNAVAILABLE"],
      ["no job queue", "queue", "reboot", "SERVICE_UNAVAILABLE"],
      ["no wallet", "moneyGate", "growDisk", "SERVICE_UNAVAILABLE"],
    ] as const)("refuses with %s (%s %s), writing nothing", async (_label, dep, mutation, code) => {
      const vm = await seed();
      h.deps[dep] = null;
      await expectNothingWritten(async () => {
        expect(codes(await send(mutation, validVariables(vm)[mutation]))).toEqual([code]);
      });
    });

    it("powers on without a wallet: it costs nothing more", async () => {
      const vm = await seed({ powerState: PowerState.POWERED_OFF });
      h.deps.moneyGate = null;
      await operationRow(await send("powerOn", { id: vm.id }));
    });
  });
});
