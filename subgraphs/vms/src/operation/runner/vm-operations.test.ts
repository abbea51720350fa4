import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, ipAllocations, vmDisks, vms } from "../../db/schema";
import { allocateStaticIp } from "../../network/allocation.service";
import { createNetwork } from "../../network/network.service";
import { type RunnerHarness, startRunnerHarness } from "./runner.fixture";

/** Every kind after create, on one VM, from a queued row to succeeded with the row and vCenter agreeing. */
describe("power, resize, disk and delete jobs against the vCenter simulator", () => {
  let h: RunnerHarness;
  let vmId: string;
  let instanceUuid: string;
  beforeAll(async () => {
    h = await startRunnerHarness();
    await h.start();
    const created = await h.insertCreate({ name: "ops-01" });
    await h.runner.queue.enqueue(created.operationId);
    expect((await h.waitForEnd(created.operationId)).status).toBe("succeeded");
    vmId = created.vmId;
    instanceUuid = created.operationId;
  });
  afterAll(() => h?.close());

  const run = async (
    kind: Parameters<RunnerHarness["insertOperation"]>[1],
    input: Record<string, unknown> = {},
    holdId: string | null = null,
  ) => {
    const id = await h.insertOperation(vmId, kind, input, holdId);
    await h.runner.queue.enqueue(id);
    const operation = await h.waitForEnd(id);
    const audit = await h.database.db.select().from(auditEvents).where(eq(auditEvents.operationId, id));
    expect(audit.map((event) => [event.kind, event.outcome])).toEqual([[`vm.${kind}`, operation.status]]);
    return { operation, audit: audit[0]! };
  };
  const row = async () => (await h.database.db.select().from(vms).where(eq(vms.id, vmId)))[0]!;
  const inVcenter = () => h.hypervisor.findVmByInstanceUuid(instanceUuid);

  it("powers off, on, suspends and resumes, recording each state", async () => {
    for (const [kind, state, hypervisorState] of [
      ["power_off", "powered_off", "poweredOff"],
      ["power_on", "powered_on", "poweredOn"],
      ["suspend", "suspended", "suspended"],
      ["power_on", "powered_on", "poweredOn"],
    ] as const) {
      const { operation, audit } = await run(kind);
      expect(operation.status, kind).toBe("succeeded");
      expect((await row()).powerState, kind).toBe(state);
      expect((await inVcenter())?.powerState, kind).toBe(hypervisorState);
      expect(audit.after).toEqual({ powerState: state });
    }
  });

  it("does nothing twice: powering on a running VM succeeds without a task", async () => {
    const { operation } = await run("power_on");
    expect(operation).toMatchObject({ status: "succeeded", taskId: null });
  });

  it("shuts the guest down and reboots it, watching vCenter since neither has a task", async () => {
    const shutdown = await run("shutdown");
    expect(shutdown.operation.status).toBe("succeeded");
    expect((await row()).powerState).toBe("powered_off");
    expect((await run("power_on")).operation.status).toBe("succeeded");
    // Let uptime grow past a second, so a reboot shows as uptime starting again.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const reboot = await run("reboot");
    expect(reboot.operation.status).toBe("succeeded");
    expect(reboot.operation.taskId).toMatch(/^guest:reboot:\d+$/);
    expect((await inVcenter())?.uptimeSeconds).toBeLessThan(2);
  });

  it("fails a guest reboot of a VM that is off, with vCenter's code, and audits it", async () => {
    expect((await run("power_off")).operation.status).toBe("succeeded");
    const { operation, audit } = await run("reboot");
    expect(operation).toMatchObject({ status: "failed", errorCode: "INVALID_POWER_STATE" });
    expect(audit.message).toContain("INVALID_POWER_STATE");
    expect((await row()).lifecycle).toBe("ready");
    expect((await run("power_on")).operation.status).toBe("succeeded");
  });

  it("resizes a running VM and releases the hold", async () => {
    const holdId = "5b4a3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
    const { operation, audit } = await run(
      "resize",
      { vcpuCount: 4, memoryMib: 4096, from: { vcpuCount: 2, memoryMib: 2048 } },
      holdId,
    );
    expect(operation.status).toBe("succeeded");
    expect(await row()).toMatchObject({ vcpuCount: 4, memoryMib: 4096 });
    expect(await inVcenter()).toMatchObject({ vcpuCount: 4, memoryMib: 4096 });
    expect(audit).toMatchObject({
      before: { vcpuCount: 2, memoryMib: 2048 },
      after: { vcpuCount: 4, memoryMib: 4096 },
    });
    expect(h.money.released).toContain(holdId);
  });

  it("adds a disk on its tier's datastore, once even when an earlier run added it before dying, and grows it", async () => {
    // What a run that died after vCenter added the disk leaves: the disk in vCenter, no row for it.
    const earlier = await h.hypervisor.reconfigureVm(instanceUuid, {
      addDisks: [{ capacityGb: 20, datastore: "ds-standard-01" }],
    });
    await h.hypervisor.awaitTask(earlier, { timeoutMs: 10_000 });
    expect((await inVcenter())?.disks).toHaveLength(3);
    const added = await run("add_disk", { label: "Logs", capacityGb: 20, tier: "standard" });
    expect(added.operation.status).toBe("succeeded");
    expect((await inVcenter())?.disks).toHaveLength(3);
    const disks = await h.database.db.select().from(vmDisks).where(eq(vmDisks.vmId, vmId)).orderBy(vmDisks.position);
    const logs = disks.find((disk) => disk.label === "Logs")!;
    expect(logs).toMatchObject({ position: 2, capacityGb: 20, tier: "standard", datastore: "ds-standard-01" });
    expect((await inVcenter())?.disks.find((disk) => disk.key === logs.deviceKey)?.capacityGb).toBe(20);

    // A new request for another disk adds one, on its tier's datastore.
    expect((await run("add_disk", { label: "Scratch", capacityGb: 30, tier: "archive" })).operation.status).toBe(
      "succeeded",
    );
    const scratch = (await h.database.db.select().from(vmDisks).where(eq(vmDisks.vmId, vmId))).find(
      (d) => d.label === "Scratch",
    )!;
    expect(scratch).toMatchObject({ position: 3, datastore: "ds-archive-01" });
    expect((await inVcenter())?.disks).toHaveLength(4);

    const grown = await run("grow_disk", { diskId: logs.id, capacityGb: 60, from: 20 });
    expect(grown.operation.status).toBe("succeeded");
    expect(grown.audit).toMatchObject({ before: { capacityGb: 20 }, after: { capacityGb: 60 } });
    expect((await h.database.db.select().from(vmDisks).where(eq(vmDisks.id, logs.id)))[0]?.capacityGb).toBe(60);
    expect((await inVcenter())?.disks.find((disk) => disk.key === logs.deviceKey)?.capacityGb).toBe(60);
  });

  it("deletes the VM: powered off, destroyed, its static address freed, the row kept as deleted", async () => {
    const network = await createNetwork(h.database.db, {
      organizationId: h.organizationId,
      name: "backend",
      cidr: "10.50.0.0/24",
      gateway: "10.50.0.1",
      dhcpRange: { first: "10.50.0.10", last: "10.50.0.99" },
      staticRange: { first: "10.50.0.100", last: "10.50.0.200" },
    });
    await allocateStaticIp(h.database.db, { networkId: network.id, holder: `vm:${vmId}/nic:0` });
    await h.database.db.update(vms).set({ lifecycle: "deleting" }).where(eq(vms.id, vmId));

    const { operation, audit } = await run("delete");
    expect(operation.status).toBe("succeeded");
    expect(await inVcenter()).toBeNull();
    expect(h.vmsWithMarker(instanceUuid)).toBe(0);
    expect((await row()).lifecycle).toBe("deleted");
    expect(await h.database.db.select().from(ipAllocations).where(eq(ipAllocations.networkId, network.id))).toEqual([]);
    expect(audit.after).toEqual({ lifecycle: "deleted" });

    // Deleting again, with the VM already gone from vCenter, counts as deleted.
    expect((await run("delete")).operation.status).toBe("succeeded");
  });
});
