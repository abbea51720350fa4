import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, organizationFolders, vmDisks, vmNics, vms } from "../../db/schema";
import { JOB_SCHEMA } from "./operation-runner";
import { runOperation } from "./operation.job";
import { DEFAULT_RUNNER_OPTIONS } from "./runner.config";
import { FAST_RUNNER, type RunnerHarness, startRunnerHarness } from "./runner.fixture";

describe("the create job against the vCenter simulator", () => {
  let h: RunnerHarness;
  beforeAll(async () => {
    h = await startRunnerHarness();
    await h.start();
  });
  afterAll(() => h?.close());

  it("takes a queued create to a running VM in the organisation's folder, and releases the hold", async () => {
    const { operationId, vmId } = await h.insertCreate({
      name: "web-01",
      holdId: "8a7f0c52-51c4-4ac4-9b8b-0d4f7a3c1e01",
    });
    await h.runner.queue.enqueue(operationId);
    const operation = await h.waitForEnd(operationId);
    expect(operation).toMatchObject({ status: "succeeded", progress: 100, errorCode: null });
    expect(operation.startedAt).not.toBeNull();
    expect(operation.finishedAt).not.toBeNull();

    const [vm] = await h.database.db.select().from(vms).where(eq(vms.id, vmId));
    expect(vm).toMatchObject({
      lifecycle: "ready",
      powerState: "powered_on",
      instanceUuid: operationId,
      vcpuCount: 2,
      memoryMib: 2048,
    });
    const disks = await h.database.db.select().from(vmDisks).where(eq(vmDisks.vmId, vmId)).orderBy(vmDisks.position);
    expect(disks.map((disk) => [disk.label, disk.datastore, typeof disk.deviceKey])).toEqual([
      ["OS disk", "ds-performance-01", "number"],
      ["Data", "ds-archive-01", "number"],
    ]);
    const [nic] = await h.database.db.select().from(vmNics).where(eq(vmNics.vmId, vmId));
    expect(nic?.deviceKey).toEqual(expect.any(Number));
    expect(nic?.macAddress).toMatch(/^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/i);

    // In vCenter: exactly one VM with the marker, running, in vm/dcx/<organisation id>.
    expect(h.vmsWithMarker(operationId)).toBe(1);
    const made = await h.hypervisor.findVmByInstanceUuid(operationId);
    expect(made).toMatchObject({ name: "web-01", powerState: "poweredOn", marker: operationId });
    const [link] = await h.database.db
      .select()
      .from(organizationFolders)
      .where(eq(organizationFolders.organizationId, h.organizationId));
    expect(made?.folderId).toBe(link?.folderId);
    const folders = await h.hypervisor.listFolders();
    const own = folders.find((folder) => folder.id === link?.folderId);
    expect(own?.name).toBe(h.organizationId);
    expect(folders.find((folder) => folder.id === own?.parentId)?.name).toBe("dcx");

    expect(h.money.released).toContain("8a7f0c52-51c4-4ac4-9b8b-0d4f7a3c1e01");
    const audit = await h.database.db.select().from(auditEvents).where(eq(auditEvents.operationId, operationId));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      kind: "vm.create",
      outcome: "succeeded",
      actorKind: "user",
      actorId: "user-1",
      vmId,
      vmName: "web-01",
      organizationId: h.organizationId,
    });
    expect(audit[0]?.after).toMatchObject({ instanceUuid: operationId, powerState: "powered_on" });
  });

  it("makes one VM for an operation enqueued twice, and reuses the organisation's folder", async () => {
    const { operationId } = await h.insertCreate();
    await Promise.all([h.runner.queue.enqueue(operationId), h.runner.queue.enqueue(operationId)]);
    await h.runner.queue.enqueue(operationId);
    expect((await h.waitForEnd(operationId)).status).toBe("succeeded");
    expect(h.vmsWithMarker(operationId)).toBe(1);
    // One job: the operation's id is the job's, so the second and third sends were ignored.
    const jobs = await h.database.executeSql(
      `select count(*)::int as n from ${JOB_SCHEMA}.job where data->>'operationId' = $1`,
      [operationId],
    );
    expect(jobs.rows[0]?.n).toBe(1);
    const folders = (await h.hypervisor.listFolders()).filter((folder) => folder.name === h.organizationId);
    expect(folders).toHaveLength(1);
    const audit = await h.database.db.select().from(auditEvents).where(eq(auditEvents.operationId, operationId));
    expect(audit).toHaveLength(1);
  });

  it("finds the VM an earlier run made (crash after CreateVM) instead of making a second", async () => {
    const { operationId, vmId } = await h.insertCreate({ name: "made-before-crash" });
    // What a run that died right after vCenter made the VM leaves behind: the VM, powered off.
    const folderId = (
      await h.database.db
        .select()
        .from(organizationFolders)
        .where(eq(organizationFolders.organizationId, h.organizationId))
    )[0]!.folderId;
    const started = await h.hypervisor.createVm({
      marker: operationId,
      name: "made-before-crash",
      guestId: "ubuntu64Guest",
      vcpuCount: 2,
      memoryMib: 2048,
      folderId,
      disks: [{ capacityGb: 40 }, { capacityGb: 100 }],
      nics: [{ network: "pg-backend" }],
    });
    expect(started.status).toBe("started");
    if (started.status === "started") await h.hypervisor.awaitTask(started.task, { timeoutMs: 10_000 });

    await h.runner.queue.enqueue(operationId);
    expect((await h.waitForEnd(operationId)).status).toBe("succeeded");
    expect(h.vmsWithMarker(operationId)).toBe(1);
    const [vm] = await h.database.db.select().from(vms).where(eq(vms.id, vmId));
    expect(vm).toMatchObject({ lifecycle: "ready", powerState: "powered_on", instanceUuid: operationId });
  });

  it("runs an operation that already ended again without touching anything", async () => {
    const { operationId } = await h.insertCreate();
    await h.runner.queue.enqueue(operationId);
    const first = await h.waitForEnd(operationId);
    const released = h.money.released.length;
    // A job that comes back after its operation ended (an expiry racing the end, an archived job's id sent again).
    const context = {
      db: h.database.db,
      hypervisor: h.hypervisor,
      moneyGate: h.money,
      clock: () => new Date(),
      log: () => {},
    };
    await runOperation({ ...context, options: { ...DEFAULT_RUNNER_OPTIONS, ...FAST_RUNNER } }, operationId, {
      retryCount: 0,
      retryLimit: 2,
    });
    const again = await h.waitForEnd(operationId);
    expect(again.updatedAt).toEqual(first.updatedAt);
    expect(h.money.released).toHaveLength(released);
    expect(h.vmsWithMarker(operationId)).toBe(1);
    const audit = await h.database.db.select().from(auditEvents).where(eq(auditEvents.operationId, operationId));
    expect(audit).toHaveLength(1);
  });

  it("enqueues a queued operation whose enqueue was lost", async () => {
    const { operationId } = await h.insertCreate();
    // Never enqueued: the sweep (every second here) finds it once it is older than a second.
    expect((await h.waitForEnd(operationId, 30_000)).status).toBe("succeeded");
    expect(h.vmsWithMarker(operationId)).toBe(1);
    expect(h.logs.some((line) => line.includes("enqueued again"))).toBe(true);
  });

  it("fails a create whose VM cannot be powered on: no VM left, row deleted, hold released, audited", async () => {
    // 2 TiB of memory: vCenter accepts the VM, but no 1 TiB host can run it (InsufficientResourcesFault).
    const holdId = "1f0e2d3c-4b5a-4697-8a8b-9c0d1e2f3a4b";
    const { operationId, vmId } = await h.insertCreate({ holdId, memoryMib: 2 * 1024 * 1024 });
    await h.runner.queue.enqueue(operationId);
    const operation = await h.waitForEnd(operationId);
    expect(operation).toMatchObject({ status: "failed", errorCode: "INSUFFICIENT_RESOURCES" });
    expect(operation.errorMessage).toBeTruthy();
    expect(h.vmsWithMarker(operationId)).toBe(0);
    const [vm] = await h.database.db.select().from(vms).where(eq(vms.id, vmId));
    expect(vm?.lifecycle).toBe("deleted");
    expect(h.money.released).toContain(holdId);
    const audit = await h.database.db.select().from(auditEvents).where(eq(auditEvents.operationId, operationId));
    expect(audit.map((event) => [event.kind, event.outcome])).toEqual([["vm.create", "failed"]]);
    expect(audit[0]?.message).toContain("INSUFFICIENT_RESOURCES");
  });

  it("fails a create at once on a refusal (an unknown port group) without retrying", async () => {
    const holdId = "2a1b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    const { operationId } = await h.insertCreate({ holdId, portGroup: "pg-nowhere" });
    await h.runner.queue.enqueue(operationId);
    const operation = await h.waitForEnd(operationId);
    expect(operation).toMatchObject({ status: "failed", errorCode: "NOT_FOUND" });
    expect(h.logs.filter((line) => line.includes(operationId) && line.includes("retried"))).toEqual([]);
    expect(h.money.released).toContain(holdId);
  });
});
