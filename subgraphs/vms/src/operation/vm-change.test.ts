import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { vmDisks, vmOperations } from "../db/schema";
import {
  codes,
  fields,
  OPERATION,
  type OperationsHarness,
  PowerState,
  rowCounts,
  seedVm,
  startOperationsHarness,
  StorageTier,
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

describe("operations on an existing VM", () => {
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

  describe("bad input: BAD_USER_INPUT naming the field, nothing written, nothing held", () => {
    const table: [string, Mutation, (vm: SeededVm) => Record<string, unknown>, string, PowerState?][] = [
      ["a VM id that is not a UUID", "powerOn", () => ({ id: "web-01" }), "id", PowerState.POWERED_OFF],
      ["a VM id that is not a UUID", "delete", (vm) => ({ id: "web-01", confirmName: vm.name }), "id"],
      ["0 vCPUs", "resize", (vm) => ({ id: vm.id, vcpuCount: 0, memoryGb: 8 }), "vcpuCount", PowerState.POWERED_OFF],
      [
        "129 vCPUs",
        "resize",
        (vm) => ({ id: vm.id, vcpuCount: 129, memoryGb: 8 }),
        "vcpuCount",
        PowerState.POWERED_OFF,
      ],
      ["0 GB", "resize", (vm) => ({ id: vm.id, vcpuCount: 2, memoryGb: 0 }), "memoryGb", PowerState.POWERED_OFF],
      ["4097 GB", "resize", (vm) => ({ id: vm.id, vcpuCount: 2, memoryGb: 4097 }), "memoryGb", PowerState.POWERED_OFF],
      [
        "the size it has",
        "resize",
        (vm) => ({ id: vm.id, vcpuCount: 2, memoryGb: 4 }),
        "vcpuCount",
        PowerState.POWERED_OFF,
      ],
      [
        "a disk of 0 GB",
        "addDisk",
        (vm) => ({ id: vm.id, disk: { capacityGb: 0, tier: "STANDARD" } }),
        "disk.capacityGb",
      ],
      [
        "a disk of 65,537 GB",
        "addDisk",
        (vm) => ({ id: vm.id, disk: { capacityGb: 65_537, tier: "STANDARD" } }),
        "disk.capacityGb",
      ],
      [
        "a label of 81 characters",
        "addDisk",
        (vm) => ({ id: vm.id, disk: { label: "x".repeat(81), capacityGb: 1, tier: "STANDARD" } }),
        "disk.label",
      ],
      ["a disk id that is not a UUID", "growDisk", (vm) => ({ id: vm.id, diskId: "disk-1", capacityGb: 80 }), "diskId"],
      ["another VM's disk", "growDisk", (vm) => ({ id: vm.id, diskId: randomUUID(), capacityGb: 80 }), "diskId"],
      ["the disk's own size", "growDisk", (vm) => ({ id: vm.id, diskId: vm.diskId, capacityGb: 50 }), "capacityGb"],
      [
        "a smaller size (shrinking)",
        "growDisk",
        (vm) => ({ id: vm.id, diskId: vm.diskId, capacityGb: 49 }),
        "capacityGb",
      ],
      ["65,537 GB", "growDisk", (vm) => ({ id: vm.id, diskId: vm.diskId, capacityGb: 65_537 }), "capacityGb"],
      ["a confirmName that differs", "delete", (vm) => ({ id: vm.id, confirmName: `${vm.name}-x` }), "confirmName"],
      [
        "a confirmName in another case",
        "delete",
        (vm) => ({ id: vm.id, confirmName: vm.name.toUpperCase() }),
        "confirmName",
      ],
    ];
    it.each(table)("%s (%s)", async (_label, mutation, variables, field, powerState = PowerState.POWERED_ON) => {
      const vm = await seed({ name: `Vm-${randomUUID().slice(0, 6)}`, powerState });
      await expectNothingWritten(async () => {
        const result = await send(mutation, variables(vm));
        expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
        expect(fields(result)).toEqual([field]);
      });
    });

    it("a 17th disk (disk)", async () => {
      const vm = await seed();
      await h.subgraph.database.db.insert(vmDisks).values(
        Array.from({ length: 15 }, (_, i) => ({
          vmId: vm.id,
          label: `d${i}`,
          capacityGb: 1,
          tier: StorageTier.STANDARD,
          position: i + 1,
        })),
      );
      await expectNothingWritten(async () => {
        const result = await send("addDisk", { id: vm.id, disk: { capacityGb: 1, tier: "STANDARD" } });
        expect(fields(result)).toEqual(["disk"]);
      });
    });

    it.each(Object.keys(M) as Mutation[])("an unknown VM (%s: NOT_FOUND)", async (mutation) => {
      const vm = await seed();
      await expectNothingWritten(async () => {
        const result = await send(mutation, { ...validVariables(vm)[mutation], id: randomUUID() });
        expect(codes(result)).toEqual(["NOT_FOUND"]);
      });
    });
  });

  describe("illegal transitions: CONFLICT, nothing written, nothing held", () => {
    const table: [string, Mutation, PowerState][] = [
      ["power on a running VM", "powerOn", PowerState.POWERED_ON],
      ["power off a powered-off VM", "powerOff", PowerState.POWERED_OFF],
      ["power off a suspended VM", "powerOff", PowerState.SUSPENDED],
      ["shut down a powered-off VM", "shutdown", PowerState.POWERED_OFF],
      ["shut down a suspended VM", "shutdown", PowerState.SUSPENDED],
      ["reboot a powered-off VM", "reboot", PowerState.POWERED_OFF],
      ["reboot a suspended VM", "reboot", PowerState.SUSPENDED],
      ["suspend a powered-off VM", "suspend", PowerState.POWERED_OFF],
      ["suspend a suspended VM", "suspend", PowerState.SUSPENDED],
      ["resize a suspended VM", "resize", PowerState.SUSPENDED],
      ["resize a running VM", "resize", PowerState.POWERED_ON],
      ["add a disk to a suspended VM", "addDisk", PowerState.SUSPENDED],
      ["grow a disk of a suspended VM", "growDisk", PowerState.SUSPENDED],
    ];
    it.each(table)("%s", async (_label, mutation, powerState) => {
      const vm = await seed({ powerState });
      await expectNothingWritten(async () => {
        const result = await send(mutation, validVariables(vm)[mutation]);
        expect(codes(result)).toEqual(["CONFLICT"]);
      });
    });

    const lifecycles = ["provisioning", "deleting", "deleted"] as const;
    it.each(
      lifecycles.flatMap((lifecycle) =>
        (Object.keys(M) as Mutation[]).map((mutation) => [lifecycle, mutation] as const),
      ),
    )("any operation on a %s VM (%s)", async (lifecycle, mutation) => {
      const powerState =
        mutation === "powerOn" || mutation === "resize" ? PowerState.POWERED_OFF : PowerState.POWERED_ON;
      const vm = await seed({ lifecycle, powerState });
      await expectNothingWritten(async () => {
        const result = await send(mutation, validVariables(vm)[mutation]);
        expect(codes(result)).toEqual(["CONFLICT"]);
      });
    });

    it.each(["queued", "running"] as const)("a second operation while one is %s", async (status) => {
      const vm = await seed({ name: `web-${randomUUID().slice(0, 4)}` });
      const first = await send("reboot", { id: vm.id });
      expect(first.errors).toBeUndefined();
      const { id } = (first.data as { rebootVm: { id: string } }).rebootVm;
      await h.subgraph.database.db.update(vmOperations).set({ status }).where(eq(vmOperations.id, id));
      h.reset();
      await expectNothingWritten(async () => {
        const result = await send("growDisk", validVariables(vm).growDisk);
        expect(codes(result)).toEqual(["CONFLICT"]);
        expect(result.errors?.[0]?.message).toBe(`VM ${vm.name} has an operation in progress`);
      });
    });

    it("releases the hold when another operation is written meanwhile: the index answers CONFLICT", async () => {
      const vm = await seed({ name: `db-${randomUUID().slice(0, 4)}` });
      h.money.duringReserve = async () => {
        await h.subgraph.database.db.insert(vmOperations).values({
          id: randomUUID(),
          organizationId: organization,
          vmId: vm.id,
          kind: "reboot",
          requestedByKind: "system",
        });
      };
      const result = await send("growDisk", validVariables(vm).growDisk);
      expect(codes(result)).toEqual(["CONFLICT"]);
      expect(result.errors?.[0]?.message).toBe(`VM ${vm.name} has an operation in progress`);
      expect(h.money.released).toEqual([h.money.reserved[0]!.holdId]);
      expect(h.queue.enqueued).toEqual([]);
    });

    it("lets a new operation start once the last one has finished", async () => {
      const vm = await seed();
      const first = await send("reboot", { id: vm.id });
      const { id } = (first.data as { rebootVm: { id: string } }).rebootVm;
      await h.subgraph.database.db.update(vmOperations).set({ status: "failed" }).where(eq(vmOperations.id, id));
      expect((await send("reboot", { id: vm.id })).errors).toBeUndefined();
    });

    it("two operations sent at once on one VM: one is queued, the other CONFLICT, its hold released", async () => {
      const vm = await seed({ powerState: PowerState.POWERED_OFF });
      const results = await Promise.all([
        send("growDisk", validVariables(vm).growDisk),
        send("addDisk", validVariables(vm).addDisk),
      ]);
      expect(results.flatMap(codes)).toEqual(["CONFLICT"]);
      const rows = await h.subgraph.database.db.select().from(vmOperations).where(eq(vmOperations.vmId, vm.id));
      expect(rows.map((row) => row.status)).toEqual(["queued"]);
      expect(h.money.reserved.length - h.money.released.length).toBe(1);
      expect(h.queue.enqueued).toEqual([rows[0]!.id]);
    });
  });
});
