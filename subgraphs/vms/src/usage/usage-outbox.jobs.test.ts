import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { vmDisks, vmOperations, vms } from "../db/schema";
import { type RunnerHarness, startRunnerHarness } from "../operation/runner/runner.fixture";
import { outboxRows } from "./usage.fixture";

const LICENCES = [{ sku: "licence.windows-server", quantity: 2 }];

/**
 * Each job of the runner, against the vCenter simulator, leaves exactly one snapshot of the VM's
 * new billable state, written by the transaction that recorded the change (the row's `xmin`).
 */
describe("the job runner's changes reach the usage outbox", () => {
  let h: RunnerHarness;
  let vmId: string;
  beforeAll(async () => {
    h = await startRunnerHarness();
    await h.start();
  });
  afterAll(() => h?.close());

  const run = async (kind: Parameters<RunnerHarness["insertOperation"]>[1], input: Record<string, unknown> = {}) => {
    const id = await h.insertOperation(vmId, kind, input);
    await h.runner.queue.enqueue(id);
    expect((await h.waitForEnd(id)).status, kind).toBe("succeeded");
  };
  /** The outbox rows `work` added for the VM. */
  const added = async (work: () => Promise<unknown>) => {
    const before = (await outboxRows(h.database.db, vmId)).length;
    await work();
    return (await outboxRows(h.database.db, vmId)).slice(before);
  };
  /** The transaction that last wrote the row (`xmin`), as the low 32 bits of `txid_current()`. */
  const writtenBy = async (table: "vms" | "vm_disks", id: string) => {
    const { rows } = await h.database.executeSql(`select xmin::text::bigint as xid from ${table} where id = $1`, [id]);
    return Number(rows[0]!.xid);
  };
  const sameTransaction = (transactionId: number) => transactionId % 2 ** 32;

  it("create: nothing while provisioning, one snapshot when the VM is ready and running", async () => {
    const created = await h.insertCreate({ name: "usage-01" });
    vmId = created.vmId;
    await h.database.db
      .update(vmOperations)
      .set({ input: sql`jsonb_set(${vmOperations.input}, '{licences}', ${JSON.stringify(LICENCES)}::jsonb)` })
      .where(eq(vmOperations.id, created.operationId));
    expect(await outboxRows(h.database.db, vmId)).toEqual([]);
    const rows = await added(async () => {
      await h.runner.queue.enqueue(created.operationId);
      expect((await h.waitForEnd(created.operationId)).status).toBe("succeeded");
    });
    expect(rows).toHaveLength(1);
    const disks = await h.database.db.select().from(vmDisks).where(eq(vmDisks.vmId, vmId)).orderBy(vmDisks.position);
    expect(rows[0]).toMatchObject({ vmId, organizationId: h.organizationId, deliveredAt: null });
    expect(rows[0]!.snapshot).toStrictEqual({
      exists: true,
      poweredOn: true,
      vcpuCount: 2,
      memoryMib: 2048,
      disks: disks.map((disk) => ({ diskId: disk.id, tier: disk.tier, capacityGb: disk.capacityGb })),
      licences: LICENCES,
      publicIpCount: 0,
    });
    expect(disks.map((disk) => [disk.capacityGb, disk.tier])).toEqual([
      [40, "performance"],
      [100, "archive"],
    ]);
    expect(sameTransaction(rows[0]!.transactionId)).toBe(await writtenBy("vms", vmId));
  });

  it("power off, on, suspend, on: one snapshot each; a reboot none", async () => {
    for (const [kind, poweredOn] of [
      ["power_off", false],
      ["power_on", true],
      ["suspend", false],
      ["power_on", true],
    ] as const) {
      const rows = await added(() => run(kind));
      expect(rows, kind).toHaveLength(1);
      expect(rows[0]!.snapshot, kind).toMatchObject({ exists: true, poweredOn, vcpuCount: 2, memoryMib: 2048 });
      expect(sameTransaction(rows[0]!.transactionId), kind).toBe(await writtenBy("vms", vmId));
    }
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await added(() => run("reboot"))).toEqual([]);
  });

  it("resize, add a disk, grow it: one snapshot each, in the transaction that recorded it", async () => {
    const resized = await added(() =>
      run("resize", { vcpuCount: 4, memoryMib: 4096, from: { vcpuCount: 2, memoryMib: 2048 } }),
    );
    expect(resized).toHaveLength(1);
    expect(resized[0]!.snapshot).toMatchObject({ vcpuCount: 4, memoryMib: 4096, poweredOn: true });

    const addedDisk = await added(() => run("add_disk", { label: "Logs", capacityGb: 20, tier: "standard" }));
    expect(addedDisk).toHaveLength(1);
    const logs = (await h.database.db.select().from(vmDisks).where(eq(vmDisks.vmId, vmId))).find(
      (disk) => disk.label === "Logs",
    )!;
    expect(addedDisk[0]!.snapshot.disks.map((disk) => [disk.capacityGb, disk.tier])).toEqual([
      [40, "performance"],
      [100, "archive"],
      [20, "standard"],
    ]);
    expect(addedDisk[0]!.snapshot.disks[2]!.diskId).toBe(logs.id);
    expect(sameTransaction(addedDisk[0]!.transactionId)).toBe(await writtenBy("vm_disks", logs.id));

    const grown = await added(() => run("grow_disk", { diskId: logs.id, capacityGb: 60, from: 20 }));
    expect(grown).toHaveLength(1);
    expect(grown[0]!.snapshot.disks[2]).toEqual({ diskId: logs.id, tier: "standard", capacityGb: 60 });
    expect(sameTransaction(grown[0]!.transactionId)).toBe(await writtenBy("vm_disks", logs.id));
  });

  it("delete: nothing when it is asked for (still billed), one snapshot when the job has deleted it", async () => {
    expect(await added(() => h.database.db.update(vms).set({ lifecycle: "deleting" }).where(eq(vms.id, vmId)))).toEqual(
      [],
    );
    const rows = await added(() => run("delete"));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.snapshot).toMatchObject({ exists: false, poweredOn: false });
    expect(sameTransaction(rows[0]!.transactionId)).toBe(await writtenBy("vms", vmId));
    // Deleting again changes nothing.
    expect(await added(() => run("delete"))).toEqual([]);
  });

  it("a create that fails never reports its VM", async () => {
    const failed = await h.insertCreate({ name: "usage-nowhere", portGroup: "pg-that-does-not-exist" });
    await h.runner.queue.enqueue(failed.operationId);
    expect((await h.waitForEnd(failed.operationId)).status).toBe("failed");
    expect(await outboxRows(h.database.db, failed.vmId)).toEqual([]);
  });
});
