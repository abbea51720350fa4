import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { vmDisks, vms } from "../db/schema";
import { syncInventory } from "../sync/inventory-sync";
import { startSyncFixture, type SyncFixture } from "../sync/sync.fixture";
import { outboxRows } from "./usage.fixture";

let minute = 0;
const nextClock = () => {
  const at = new Date(Date.UTC(2026, 10, 26, 10, minute++));
  return () => at;
};

/** The inventory sync's drift writes (VMs appearing, changing, vanishing) reach the usage outbox. */
describe("the inventory sync's changes reach the usage outbox", () => {
  let f: SyncFixture;
  const sync = () => syncInventory(f.database.db, f.hypervisor, { clock: nextClock() });
  const TASK = { timeoutMs: 10_000 };
  const rowsOf = async (name: string) => outboxRows(f.database.db, (await f.row(name)).id);

  beforeAll(async () => {
    f = await startSyncFixture(["Adcock", "Sanlam"]);
  });
  afterAll(() => f?.close());

  it("reports each VM found once, with its disks, and nothing when a sync finds nothing new", async () => {
    const report = await sync();
    expect(report.inserted).toBeGreaterThan(0);
    const rows = await outboxRows(f.database.db);
    const live = await f.database.db.select().from(vms);
    expect(rows).toHaveLength(report.inserted);
    expect(new Set(rows.map((row) => row.vmId))).toEqual(new Set(live.map((vm) => vm.id)));

    const web = await f.row("adk-web-01");
    const [row] = await rowsOf("adk-web-01");
    const disks = await f.database.db.select().from(vmDisks).where(eq(vmDisks.vmId, web.id)).orderBy(vmDisks.position);
    expect(row!.organizationId).toBe(f.organizationOf.Adcock);
    expect(row!.snapshot).toStrictEqual({
      exists: true,
      poweredOn: web.powerState === "powered_on",
      vcpuCount: web.vcpuCount,
      memoryMib: web.memoryMib,
      disks: disks.map((disk) => ({ diskId: disk.id, tier: disk.tier, capacityGb: disk.capacityGb })),
      licences: [],
      publicIpCount: 0,
    });
    expect(disks.length).toBeGreaterThan(0);

    await sync();
    expect(await outboxRows(f.database.db)).toHaveLength(rows.length);
  });

  it("reports a VM changed in vCenter once, with every change of that sync", async () => {
    const uuid = (await f.row("adk-web-01")).instanceUuid!;
    await f.hypervisor.awaitTask(await f.hypervisor.powerOff(uuid), TASK);
    await f.hypervisor.awaitTask(
      await f.hypervisor.reconfigureVm(uuid, {
        vcpuCount: 8,
        memoryMib: 24 * 1024,
        addDisks: [{ capacityGb: 50, datastore: "ds-archive-01" }],
      }),
      TASK,
    );
    const before = (await rowsOf("adk-web-01")).length;
    const others = (await outboxRows(f.database.db)).length - before;
    expect(await sync()).toMatchObject({ changed: 1 });
    const rows = (await rowsOf("adk-web-01")).slice(before);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.snapshot).toMatchObject({ exists: true, poweredOn: false, vcpuCount: 8, memoryMib: 24 * 1024 });
    expect(rows[0]!.snapshot.disks.at(-1)).toMatchObject({ capacityGb: 50, tier: "archive" });
    expect((await outboxRows(f.database.db)).length - (before + 1)).toBe(others);
  });

  it("reports a VM gone from vCenter once, as no longer existing", async () => {
    const row = await f.row("adk-web-01");
    await f.hypervisor.awaitTask(await f.hypervisor.destroy(row.instanceUuid!), TASK);
    const before = (await rowsOf("adk-web-01")).length;
    expect(await sync()).toMatchObject({ vanished: 1 });
    const rows = (await rowsOf("adk-web-01")).slice(before);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.snapshot).toMatchObject({ exists: false });
  });
});
