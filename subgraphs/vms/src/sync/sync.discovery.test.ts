import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { vmDisks, vmNics, vms } from "../db/schema";
import { syncInventory } from "./inventory-sync";
import { startSyncFixture, type SyncFixture } from "./sync.fixture";
import { tierOfDatastore, wholeGb } from "./vcenter-vm";

const FIRST = new Date("2026-11-26T10:00:00Z");
const SECOND = new Date("2026-11-26T10:05:00Z");

describe("inventory sync: discovery", () => {
  let f: SyncFixture;
  beforeAll(async () => {
    // CloudTech's folder is not linked to an organisation: its VM is not the platform's business.
    f = await startSyncFixture(["Adcock", "Vodacom", "Pick n Pay", "Sanlam"]);
    // A disk that is not a whole number of GB (40.25 GB) shows as the next whole GB.
    f.vcenterVm("adk-web-01").disks[0]!.capacityKB = 40.25 * 1024 * 1024;
  });
  afterAll(() => f.close());

  it("inserts every VM of a linked folder as ready, skipping templates and unlinked folders", async () => {
    const report = await syncInventory(f.database.db, f.hypervisor, { clock: () => FIRST });
    // 12 demo VMs and 3 templates; CloudTech's one VM and the templates are unassigned.
    expect(report).toMatchObject({ seen: 15, inserted: 11, changed: 0, refreshed: 0, unchanged: 0 });
    expect(report).toMatchObject({ vanished: 0, unassigned: 4, deferred: 0, skipped: 0 });
    const rows = await f.database.db.select().from(vms);
    expect(rows.map((row) => row.name)).not.toContain("ct-monitoring-01");
    expect(rows.map((row) => row.name)).not.toContain("tpl-ubuntu-24.04");
    expect(rows.every((row) => row.lifecycle === "ready" && row.syncedAt?.getTime() === FIRST.getTime())).toBe(true);
  });

  it("records what vCenter reports: identity, organisation, sizing, guest, placement, Tools", async () => {
    const vcenter = f.vcenterVm("adk-sql-01");
    const row = await f.row("adk-sql-01");
    const host = f.simulator.state.hosts[vcenter.host]!.name;
    expect(row).toMatchObject({
      organizationId: f.organizationOf.Adcock,
      instanceUuid: vcenter.instanceUuid,
      powerState: "powered_on",
      vcpuCount: 8,
      memoryMib: 24 * 1024,
      guestOs: vcenter.guestFullName,
      host,
      datastore: "ds-performance-01",
      toolsStatus: "guestToolsRunning",
      changeVersion: vcenter.changeVersion,
      lifecycle: "ready",
    });
    expect(row.ipAddresses).toEqual(vcenter.nics.map((nic) => nic.ipAddress));
    expect(row.ipAddresses.length).toBeGreaterThan(0);
    expect((await f.row("adk-jump-01")).powerState).toBe("powered_off");
    expect((await f.row("pnp-pos-02")).powerState).toBe("suspended");
  });

  it("records disks in order with whole GB (rounded up), tier from the datastore name, key and datastore", async () => {
    const disksOf = async (name: string) =>
      f.database.db
        .select()
        .from(vmDisks)
        .where(eq(vmDisks.vmId, (await f.row(name)).id))
        .orderBy(asc(vmDisks.position));
    const sql = await disksOf("adk-sql-01");
    const vcenter = f.vcenterVm("adk-sql-01");
    expect(
      sql.map(({ label, capacityGb, tier, position, deviceKey, datastore }) => ({
        label,
        capacityGb,
        tier,
        position,
        deviceKey,
        datastore,
      })),
    ).toEqual([
      {
        label: "Hard disk 1",
        capacityGb: 100,
        tier: "performance",
        position: 0,
        deviceKey: vcenter.disks[0]!.key,
        datastore: "ds-performance-01",
      },
      {
        label: "Hard disk 2",
        capacityGb: 500,
        tier: "performance",
        position: 1,
        deviceKey: vcenter.disks[1]!.key,
        datastore: "ds-performance-01",
      },
    ]);
    expect((await disksOf("adk-file-01")).map((disk) => [disk.capacityGb, disk.tier])).toEqual([
      [60, "standard"],
      [1024, "archive"],
    ]);
    expect((await disksOf("adk-web-01")).map((disk) => disk.capacityGb)).toEqual([41]);
  });

  it("records NICs: port group, MAC, DHCP with the address the guest reports", async () => {
    const vcenter = f.vcenterVm("vc-k8s-node-01");
    const nics = await f.database.db
      .select()
      .from(vmNics)
      .where(eq(vmNics.vmId, (await f.row("vc-k8s-node-01")).id))
      .orderBy(asc(vmNics.position));
    expect(
      nics.map(({ position, deviceKey, portGroup, macAddress, ipMode, ipAddress }) => ({
        position,
        deviceKey,
        portGroup,
        macAddress,
        ipMode,
        ipAddress,
      })),
    ).toEqual(
      vcenter.nics.map((nic, position) => ({
        position,
        deviceKey: nic.key,
        portGroup: f.simulator.state.networks[nic.network]!.name,
        macAddress: nic.macAddress,
        ipMode: "dhcp",
        ipAddress: nic.ipAddress,
      })),
    );
    expect(nics[0]!.ipAddress).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it("records each new VM as a drift.vm_appeared event by the system, outcome detected", async () => {
    const events = await f.events("drift.vm_appeared");
    expect(events).toHaveLength(11);
    const row = await f.row("san-crm-01");
    const event = events.find((candidate) => candidate.vmId === row.id)!;
    expect(event).toMatchObject({
      organizationId: f.organizationOf.Sanlam,
      vmName: "san-crm-01",
      actorKind: "system",
      actorId: null,
      outcome: "detected",
      before: null,
      occurredAt: FIRST,
    });
    expect(event.after).toMatchObject({
      instanceUuid: row.instanceUuid,
      name: "san-crm-01",
      vcpuCount: 8,
      disks: [{ capacityGb: 250, tier: "performance" }],
    });
  });

  it("writes nothing on a second sync when nothing changed", async () => {
    const before = await f.database.db.select().from(vms);
    const eventCount = (await f.events()).length;
    f.database.resetQueryCount();
    const report = await syncInventory(f.database.db, f.hypervisor, { clock: () => SECOND });
    const queries = f.database.queryCount();
    expect(report).toMatchObject({
      seen: 15,
      inserted: 0,
      changed: 0,
      refreshed: 0,
      unchanged: 11,
      vanished: 0,
      unassigned: 4,
    });
    // The lock, four baseline reads (VMs, folders, active operations, networks) and the operation-id
    // lookup; node-postgres also reports the transaction's begin and commit.
    expect(queries).toBe(f.database.driver === "postgres" ? 8 : 6);
    expect(await f.database.db.select().from(vms)).toEqual(before);
    expect(await f.events()).toHaveLength(eventCount);
  });

  it("discovers a folder's VMs once it is linked to an organisation", async () => {
    await f.link("CloudTech");
    const report = await syncInventory(f.database.db, f.hypervisor, { clock: () => SECOND });
    expect(report).toMatchObject({ inserted: 1, unchanged: 11, unassigned: 3 });
    expect((await f.row("ct-monitoring-01")).organizationId).toBe(f.organizationOf.CloudTech);
  });
});

describe("disk rules", () => {
  it.each([
    ["ds-performance-01", "performance"],
    ["DS-Performance-07", "performance"],
    ["ds-archive-01", "archive"],
    ["ds-standard-01", "standard"],
    ["datastore1", "standard"],
    ["performance-ds", "standard"],
    [null, "standard"],
  ] as const)("datastore %s is tier %s", (datastore, tier) => {
    expect(tierOfDatastore(datastore)).toBe(tier);
  });

  it.each([
    [1, 1],
    [1024 * 1024, 1],
    [1024 * 1024 + 1, 2],
    [100 * 1024 * 1024, 100],
    [40.25 * 1024 * 1024, 41],
  ])("%d KB is %d GB", (kb, gb) => {
    expect(wholeGb(kb)).toBe(gb);
  });
});
