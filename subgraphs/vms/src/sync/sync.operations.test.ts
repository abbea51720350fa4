import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { vmOperations, vms } from "../db/schema";
import { syncInventory } from "./inventory-sync";
import { startSyncFixture, type SyncFixture } from "./sync.fixture";

const TASK = { timeoutMs: 10_000 };

describe("inventory sync: VMs an operation is working on", () => {
  let f: SyncFixture;
  const sync = () => syncInventory(f.database.db, f.hypervisor, { clock: () => new Date() });
  const operation = async (values: {
    organizationId: string;
    vmId?: string;
    kind: "create" | "power_off";
    status: "queued" | "running" | "succeeded";
  }) => {
    const id = randomUUID();
    await f.database.db.insert(vmOperations).values({ id, requestedByKind: "user", requestedById: "u-1", ...values });
    return id;
  };
  /** A VM made through the driver in Adcock's folder, as the create job makes it. */
  const createInVcenter = async (name: string, marker: string) => {
    const started = await f.hypervisor.createVm({
      marker,
      name,
      guestId: "ubuntu64Guest",
      vcpuCount: 2,
      memoryMib: 4096,
      disks: [{ capacityGb: 20, datastore: "ds-standard-01" }],
      nics: [{ network: "VM Network" }],
      folderId: f.folderId("Adcock"),
    });
    if (started.status === "started") await f.hypervisor.awaitTask(started.task, TASK);
  };

  beforeAll(async () => {
    f = await startSyncFixture(["Adcock"]);
    await sync();
  });
  afterAll(() => f.close());

  it("does not insert a VM carrying the marker of an operation: the create job records it", async () => {
    const marker = await operation({ organizationId: f.organizationOf.Adcock!, kind: "create", status: "running" });
    await createInVcenter("adk-new-01", marker);
    // The same made by someone else in vCenter, with a marker no operation has: that is drift.
    await createInVcenter("adk-rogue-01", randomUUID());

    const report = await sync();
    expect(report).toMatchObject({ inserted: 1, deferred: 1 });
    const names = (await f.database.db.select({ name: vms.name }).from(vms)).map((row) => row.name);
    expect(names).toContain("adk-rogue-01");
    expect(names).not.toContain("adk-new-01");
    const appeared = (await f.events("drift.vm_appeared")).map((event) => event.vmName);
    expect(appeared).toContain("adk-rogue-01");
    expect(appeared).not.toContain("adk-new-01");
  });

  it("leaves a VM with a queued or running operation untouched, and reconciles it once the operation ended", async () => {
    const row = await f.row("adk-app-01");
    const operationId = await operation({
      organizationId: row.organizationId,
      vmId: row.id,
      kind: "power_off",
      status: "running",
    });
    await f.hypervisor.awaitTask(await f.hypervisor.powerOff(row.instanceUuid!), TASK);
    const events = (await f.events()).length;

    // Deferred: this VM, and adk-new-01 whose create operation (above) is still running.
    expect(await sync()).toMatchObject({ changed: 0, refreshed: 0, deferred: 2 });
    expect(await f.row("adk-app-01")).toEqual(row);
    expect(await f.events()).toHaveLength(events);

    await f.database.db.update(vmOperations).set({ status: "succeeded" }).where(eq(vmOperations.id, operationId));
    expect(await sync()).toMatchObject({ changed: 1, deferred: 1 });
    expect((await f.row("adk-app-01")).powerState).toBe("powered_off");
  });

  it("does not mark a VM deleted while an operation is working on it, nor rows still provisioning or deleting", async () => {
    const busy = await f.row("adk-sql-01");
    await operation({ organizationId: busy.organizationId, vmId: busy.id, kind: "power_off", status: "queued" });
    const deleting = await f.row("adk-file-01");
    await f.database.db.update(vms).set({ lifecycle: "deleting" }).where(eq(vms.id, deleting.id));
    const [provisioning] = await f.database.db
      .insert(vms)
      .values({
        organizationId: busy.organizationId,
        name: "adk-next-01",
        powerState: "powered_off",
        vcpuCount: 1,
        memoryMib: 1024,
        lifecycle: "provisioning",
        instanceUuid: randomUUID(),
      })
      .returning();
    for (const name of ["adk-sql-01", "adk-file-01"]) {
      delete f.simulator.state.vms[f.vcenterVm(name).id];
    }

    expect(await sync()).toMatchObject({ vanished: 0 });
    expect((await f.row("adk-sql-01")).lifecycle).toBe("ready");
    expect((await f.row("adk-file-01")).lifecycle).toBe("deleting");
    expect((await f.row("adk-next-01")).lifecycle).toBe(provisioning!.lifecycle);
    expect(await f.events("drift.vm_vanished")).toEqual([]);
  });
});
