import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { vmDisks, vmNics } from "../db/schema";
import { syncInventory } from "./inventory-sync";
import { startSyncFixture, type SyncFixture } from "./sync.fixture";

let minute = 0;
/** Each sync a minute later, so row and event times show which sync wrote them. */
const nextClock = () => {
  const at = new Date(Date.UTC(2026, 10, 26, 10, minute++));
  return () => at;
};

describe("inventory sync: drift", () => {
  let f: SyncFixture;
  const sync = () => syncInventory(f.database.db, f.hypervisor, { clock: nextClock() });
  const TASK = { timeoutMs: 10_000 };

  beforeAll(async () => {
    f = await startSyncFixture(["Adcock", "Vodacom", "Pick n Pay", "Sanlam", "CloudTech"]);
    await sync();
  });
  afterAll(() => f.close());

  it("updates a VM reconfigured in vCenter and records drift.vm_changed with only the changed fields", async () => {
    const before = await f.row("adk-web-01");
    const uuid = before.instanceUuid!;
    await f.hypervisor.awaitTask(
      await f.hypervisor.reconfigureVm(uuid, {
        vcpuCount: 8,
        memoryMib: 24 * 1024,
        addDisks: [{ capacityGb: 50, datastore: "ds-archive-01" }],
      }),
      TASK,
    );
    const report = await sync();
    expect(report).toMatchObject({ changed: 1, refreshed: 0, inserted: 0, vanished: 0, unchanged: 11 });

    const after = await f.row("adk-web-01");
    expect(after).toMatchObject({
      id: before.id,
      vcpuCount: 8,
      memoryMib: 24 * 1024,
      changeVersion: f.vcenterVm("adk-web-01").changeVersion,
    });
    expect(after.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
    const disks = await f.database.db
      .select()
      .from(vmDisks)
      .where(eq(vmDisks.vmId, before.id))
      .orderBy(asc(vmDisks.position));
    expect(disks.map((disk) => [disk.position, disk.capacityGb, disk.tier])).toEqual([
      [0, 80, "standard"],
      [1, 50, "archive"],
    ]);

    const [event] = (await f.events("drift.vm_changed")).filter((candidate) => candidate.vmId === before.id);
    expect(event).toMatchObject({
      organizationId: f.organizationOf.Adcock,
      vmName: "adk-web-01",
      actorKind: "system",
      outcome: "detected",
    });
    expect(event!.before).toEqual({
      vcpuCount: 6,
      memoryMib: 16 * 1024,
      disks: [{ capacityGb: 80, tier: "standard", datastore: "ds-standard-01" }],
    });
    expect(event!.after).toEqual({
      vcpuCount: 8,
      memoryMib: 24 * 1024,
      disks: [
        { capacityGb: 80, tier: "standard", datastore: "ds-standard-01" },
        { capacityGb: 50, tier: "archive", datastore: "ds-archive-01" },
      ],
    });
  });

  it("keeps disk ids and the platform's disk labels when it updates disks", async () => {
    const row = await f.row("adk-file-01");
    const disks = () =>
      f.database.db.select().from(vmDisks).where(eq(vmDisks.vmId, row.id)).orderBy(asc(vmDisks.position));
    const [os] = await disks();
    await f.database.db.update(vmDisks).set({ label: "OS" }).where(eq(vmDisks.id, os!.id));
    const vcenter = f.vcenterVm("adk-file-01");
    await f.hypervisor.awaitTask(
      await f.hypervisor.reconfigureVm(row.instanceUuid!, {
        growDisks: [{ key: vcenter.disks[0]!.key, capacityGb: 90 }],
      }),
      TASK,
    );
    expect(await sync()).toMatchObject({ changed: 1 });
    const [grown] = await disks();
    expect(grown).toMatchObject({ id: os!.id, label: "OS", capacityGb: 90 });
  });

  it("records a power change made in vCenter, and a rename", async () => {
    const row = await f.row("pnp-pos-01");
    await f.hypervisor.awaitTask(await f.hypervisor.powerOff(row.instanceUuid!), TASK);
    const vcenter = f.vcenterVm("pnp-pos-01");
    vcenter.name = "pnp-till-01";
    vcenter.changeVersion = new Date().toISOString();
    expect(await sync()).toMatchObject({ changed: 1 });
    const after = await f.database.db.query.vms.findFirst({ where: (vms, { eq: is }) => is(vms.id, row.id) });
    expect(after).toMatchObject({ name: "pnp-till-01", powerState: "powered_off", ipAddresses: [] });
    const event = (await f.events("drift.vm_changed")).find((candidate) => candidate.vmId === row.id)!;
    expect(event.before).toEqual({ name: "pnp-pos-01", powerState: "powered_on" });
    expect(event.after).toEqual({ name: "pnp-till-01", powerState: "powered_off" });
    expect(event.vmName).toBe("pnp-till-01");
  });

  it("only refreshes, without a drift event, when IPs, VMware Tools or the host changed", async () => {
    const row = await f.row("vc-k8s-node-02");
    const vcenter = f.vcenterVm("vc-k8s-node-02");
    const otherHost = Object.values(f.simulator.state.hosts).find((host) => host.id !== vcenter.host)!;
    vcenter.host = otherHost.id;
    vcenter.nics[0]!.ipAddress = "10.20.99.99";
    const events = (await f.events()).length;

    expect(await sync()).toMatchObject({ changed: 0, refreshed: 1 });
    expect(await f.events()).toHaveLength(events);
    const after = await f.row("vc-k8s-node-02");
    expect(after).toMatchObject({
      host: otherHost.name,
      ipAddresses: ["10.20.99.99"],
      changeVersion: row.changeVersion,
    });
    const [nic] = await f.database.db.select().from(vmNics).where(eq(vmNics.vmId, row.id));
    expect(nic!.ipAddress).toBe("10.20.99.99");
  });

  it("keeps a static NIC's address and mode while the guest reports another", async () => {
    const row = await f.row("vc-backup-01");
    await f.database.db.update(vmNics).set({ ipMode: "static", ipAddress: "10.20.5.5" }).where(eq(vmNics.vmId, row.id));
    f.vcenterVm("vc-backup-01").nics[0]!.ipAddress = "10.20.7.7";
    expect(await sync()).toMatchObject({ refreshed: 1 });
    const [nic] = await f.database.db.select().from(vmNics).where(eq(vmNics.vmId, row.id));
    expect(nic).toMatchObject({ ipMode: "static", ipAddress: "10.20.5.5" });
    expect((await f.row("vc-backup-01")).ipAddresses).toEqual(["10.20.7.7"]);
  });

  it("marks a VM deleted in vCenter as deleted and records drift.vm_vanished", async () => {
    const row = await f.row("adk-jump-01");
    await f.hypervisor.awaitTask(await f.hypervisor.destroy(row.instanceUuid!), TASK);
    expect(await sync()).toMatchObject({ vanished: 1, changed: 0, inserted: 0 });
    expect(await f.row("adk-jump-01")).toMatchObject({ id: row.id, lifecycle: "deleted" });
    const [event] = await f.events("drift.vm_vanished");
    expect(event).toMatchObject({
      vmId: row.id,
      vmName: "adk-jump-01",
      organizationId: f.organizationOf.Adcock,
      actorKind: "system",
      outcome: "detected",
      before: { instanceUuid: row.instanceUuid, name: "adk-jump-01", powerState: "powered_off" },
      after: null,
    });
    // Gone is gone: the next sync neither vanishes it again nor records anything.
    expect(await sync()).toMatchObject({ vanished: 0, changed: 0, inserted: 0, refreshed: 0 });
  });

  it("moves a VM to the organisation whose folder now holds it, in the audit of both", async () => {
    const row = await f.row("ct-monitoring-01");
    f.vcenterVm("ct-monitoring-01").folder = f.folderId("Sanlam");
    expect(await sync()).toMatchObject({ changed: 1 });
    expect((await f.row("ct-monitoring-01")).organizationId).toBe(f.organizationOf.Sanlam);
    const events = (await f.events("drift.vm_changed")).filter((event) => event.vmId === row.id);
    expect(events.map((event) => event.organizationId).sort()).toEqual(
      [f.organizationOf.CloudTech, f.organizationOf.Sanlam].sort(),
    );
    expect(events[0]!.after).toEqual({ organizationId: f.organizationOf.Sanlam });
  });

  it("lets two VMs swap names in one sync, and skips a VM that would take a name in use", async () => {
    const [a, b] = [f.vcenterVm("vc-k8s-node-01"), f.vcenterVm("vc-k8s-node-02")];
    [a.name, b.name] = [b.name, a.name];
    a.changeVersion = b.changeVersion = new Date().toISOString();
    const rowA = await f.row("vc-k8s-node-01");
    // A VM made in vCenter beside one of the platform's, with the same name but other case.
    const clash = {
      ...structuredClone(a),
      id: "vm-clash",
      name: "VC-BACKUP-01",
      instanceUuid: "5f0c1d2e-0000-4000-8000-000000000001",
    };
    f.simulator.state.vms[clash.id] = clash;

    const logged: string[] = [];
    const report = await syncInventory(f.database.db, f.hypervisor, {
      clock: nextClock(),
      log: (line) => logged.push(line),
    });
    expect(report).toMatchObject({ changed: 2, inserted: 0, skipped: 1 });
    expect((await f.database.db.query.vms.findFirst({ where: (vms, { eq: is }) => is(vms.id, rowA.id) }))!.name).toBe(
      "vc-k8s-node-02",
    );
    expect(logged).toEqual([
      expect.stringContaining(
        'skipped "VC-BACKUP-01" (5f0c1d2e-0000-4000-8000-000000000001): the name "VC-BACKUP-01" is used',
      ),
    ]);
  });
});
