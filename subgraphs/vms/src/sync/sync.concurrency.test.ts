import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { vms } from "../db/schema";
import { syncInventory } from "./inventory-sync";
import { startSyncFixture, type SyncFixture } from "./sync.fixture";

describe("inventory sync: two at once (the schedule and the mutation, or two replicas)", () => {
  let f: SyncFixture;
  beforeAll(async () => {
    f = await startSyncFixture(["Adcock", "Vodacom", "Pick n Pay", "Sanlam"]);
  });
  afterAll(() => f.close());

  it("take turns: every VM is inserted once, with one drift.vm_appeared", async () => {
    const sync = () => syncInventory(f.database.db, f.hypervisor, { clock: () => new Date() });
    const reports = await Promise.all([sync(), sync(), sync()]);
    expect(reports.map((report) => report.inserted).sort()).toEqual([0, 0, 11]);
    // The other two find every VM recorded: unchanged, or — when their look at vCenter is older
    // than the rows the first one wrote (the lock's order need not be the looks' order) — left
    // alone as newer than what they saw. Neither changes, vanishes nor inserts anything.
    for (const report of reports.filter((r) => r.inserted === 0)) {
      expect(report.unchanged + report.deferred).toBe(11);
      expect([report.changed, report.refreshed, report.vanished]).toEqual([0, 0, 0]);
    }
    expect(await f.database.db.$count(vms)).toBe(11);
    expect(await f.events("drift.vm_appeared")).toHaveLength(11);
  });

  it("does not act on a listing older than the rows: a VM another sync recorded since is not vanished", async () => {
    // A sync looks at vCenter at 10:00, then waits for the lock while another one (looking at 10:01,
    // after the VM was made) records a new VM. The first one's listing does not have it.
    const lookedAt = new Date(Date.now() + 60_000);
    const staleListing = await f.hypervisor.listVms();
    const vcenter = f.vcenterVm("adk-web-01");
    f.simulator.state.vms["vm-made-later"] = {
      ...structuredClone(vcenter),
      id: "vm-made-later",
      name: "adk-later-01",
      instanceUuid: "7a1b2c3d-0000-4000-8000-000000000002",
    };
    const later = new Date(lookedAt.getTime() + 60_000);
    expect(await syncInventory(f.database.db, f.hypervisor, { clock: () => later })).toMatchObject({ inserted: 1 });

    const replaying = Object.assign(Object.create(f.hypervisor) as typeof f.hypervisor, {
      listVms: () => Promise.resolve(staleListing),
    });
    const report = await syncInventory(f.database.db, replaying, { clock: () => lookedAt });
    expect(report).toMatchObject({ vanished: 0, inserted: 0, unchanged: 11 });
    expect((await f.row("adk-later-01")).lifecycle).toBe("ready");
    expect(await f.events("drift.vm_vanished")).toEqual([]);
  });
});
