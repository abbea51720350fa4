import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { type Database, repoRoot } from "@dcx/kit";
import { openTestDatabase, testPostgresUrl } from "@dcx/kit/testing";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { vmDisks, vmOperations, vms, vmsTables, vmUsageChanges } from "../db/schema";
import type { VmsDb } from "../vm/vm.store";
import { outboxRows } from "./usage.fixture";

type Lifecycle = (typeof vms.$inferSelect)["lifecycle"];
type Tier = (typeof vmDisks.$inferSelect)["tier"];

/**
 * The outbox triggers on the database alone (the jobs and the sync are in
 * `usage-outbox.jobs.test.ts` and `usage-outbox.sync.test.ts`): what a snapshot holds, which
 * changes write one, exactly one per transaction, and none for a transaction rolled back.
 */
describe("vm_usage_changes: a snapshot in the transaction of every billable change", () => {
  let database: Database<typeof vmsTables>;
  let db: VmsDb;
  const organizationId = randomUUID();
  beforeAll(async () => {
    database = await openTestDatabase({ name: "vms", tables: vmsTables });
    db = database.db;
  });
  afterAll(() => database?.close());

  let serial = 0;
  /** A VM and its disks in one transaction, disks given as [capacityGb, tier] and written last position first. */
  const insertVm = async (
    options: { lifecycle?: Lifecycle; disks?: [number, Tier][]; licences?: unknown } = {},
  ): Promise<string> => {
    const id = randomUUID();
    const disks = options.disks ?? [[40, "performance"]];
    await db.transaction(async (tx) => {
      await tx.insert(vms).values({
        id,
        organizationId,
        name: `usage-${++serial}`,
        powerState: "powered_on",
        vcpuCount: 2,
        memoryMib: 4096,
        lifecycle: options.lifecycle ?? "ready",
      });
      const rows = disks.map(([capacityGb, tier], position) => ({
        vmId: id,
        label: `Disk ${position}`,
        capacityGb,
        tier,
        position,
      }));
      if (rows.length) await tx.insert(vmDisks).values(rows.reverse());
      if (options.licences !== undefined) {
        await tx.insert(vmOperations).values({
          id: randomUUID(),
          organizationId,
          vmId: id,
          kind: "create",
          input: { name: "x", licences: options.licences },
          requestedByKind: "user",
        });
      }
    });
    return id;
  };
  const diskIds = async (vmId: string) =>
    (await db.select().from(vmDisks).where(eq(vmDisks.vmId, vmId)).orderBy(vmDisks.position)).map((disk) => disk.id);
  /** Runs `change` and answers the rows it added to the VM's outbox. */
  const added = async (vmId: string, change: () => Promise<unknown>) => {
    const before = (await outboxRows(db, vmId)).length;
    await change();
    return (await outboxRows(db, vmId)).slice(before);
  };
  const setVm = (vmId: string, values: Partial<typeof vms.$inferInsert>) =>
    db.update(vms).set(values).where(eq(vms.id, vmId));

  it("holds the VM's full billable state: disks by position, the create operation's licences, no public IPs", async () => {
    const licences = [
      { sku: "licence.windows-server", quantity: 2 },
      { sku: "licence.sql-server", quantity: 1 },
    ];
    const vmId = await insertVm({
      disks: [
        [40, "performance"],
        [100, "archive"],
        [20, "standard"],
      ],
      licences,
    });
    const [row, ...more] = await outboxRows(db, vmId);
    expect(more).toEqual([]);
    const [os, data, logs] = await diskIds(vmId);
    expect(row).toMatchObject({ vmId, organizationId, deliveredAt: null });
    expect(row!.snapshot).toStrictEqual({
      exists: true,
      poweredOn: true,
      vcpuCount: 2,
      memoryMib: 4096,
      disks: [
        { diskId: os, tier: "performance", capacityGb: 40 },
        { diskId: data, tier: "archive", capacityGb: 100 },
        { diskId: logs, tier: "standard", capacityGb: 20 },
      ],
      licences,
      publicIpCount: 0,
    });
    // Written by the database at the change: not a time an application clock made up.
    const { rows } = await database.executeSql(`select clock_timestamp() as now`);
    const now = new Date(rows[0]!.now as string);
    expect(now.getTime() - row!.occurredAt.getTime()).toBeGreaterThanOrEqual(0);
    expect(now.getTime() - row!.occurredAt.getTime()).toBeLessThan(60_000);

    // A VM found in vCenter has no create operation: no licences. Nor does one without disks.
    const found = await insertVm({ disks: [] });
    expect((await outboxRows(db, found))[0]!.snapshot).toMatchObject({ disks: [], licences: [] });
  });

  it("writes exactly one row for each billable change of the VM's row", async () => {
    const vmId = await insertVm();
    const other = randomUUID();
    for (const [label, values, expected] of [
      ["power off", { powerState: "powered_off" }, { poweredOn: false }],
      ["power on", { powerState: "powered_on" }, { poweredOn: true }],
      ["suspend (counts as off)", { powerState: "suspended" }, { poweredOn: false }],
      ["power on again", { powerState: "powered_on" }, { poweredOn: true }],
      ["vCPUs", { vcpuCount: 4 }, { vcpuCount: 4 }],
      ["memory", { memoryMib: 8192 }, { memoryMib: 8192 }],
    ] as const) {
      const rows = await added(vmId, () => setVm(vmId, values));
      expect(rows, label).toHaveLength(1);
      expect(rows[0]!.snapshot, label).toMatchObject(expected);
    }
    // Moved to another organisation's folder: the same billable state, under its new owner.
    const moved = await added(vmId, () => setVm(vmId, { organizationId: other }));
    expect(moved.map((row) => row.organizationId)).toEqual([other]);
    await setVm(vmId, { organizationId });
    // Deleted: billed for nothing from then on.
    const deleted = await added(vmId, () => setVm(vmId, { lifecycle: "deleted" }));
    expect(deleted).toHaveLength(1);
    expect(deleted[0]!.snapshot).toMatchObject({ exists: false, vcpuCount: 4 });
  });

  it("writes exactly one row for a disk added, grown, moved to another tier or removed", async () => {
    const vmId = await insertVm();
    const addedDisk = await added(vmId, () =>
      db.insert(vmDisks).values({ vmId, label: "Data", capacityGb: 50, tier: "standard", position: 1 }),
    );
    expect(addedDisk).toHaveLength(1);
    expect(addedDisk[0]!.snapshot.disks.map((disk) => [disk.capacityGb, disk.tier])).toEqual([
      [40, "performance"],
      [50, "standard"],
    ]);
    const [, dataId] = await diskIds(vmId);
    const setDisk = (values: Partial<typeof vmDisks.$inferInsert>) =>
      db.update(vmDisks).set(values).where(eq(vmDisks.id, dataId!));
    const grown = await added(vmId, () => setDisk({ capacityGb: 80 }));
    expect(grown.map((row) => row.snapshot.disks[1])).toEqual([{ diskId: dataId, tier: "standard", capacityGb: 80 }]);
    const retiered = await added(vmId, () => setDisk({ tier: "archive" }));
    expect(retiered.map((row) => row.snapshot.disks[1]?.tier)).toEqual(["archive"]);
    const removed = await added(vmId, () => db.delete(vmDisks).where(eq(vmDisks.id, dataId!)));
    expect(removed.map((row) => row.snapshot.disks.length)).toEqual([1]);
  });

  it("writes nothing for changes that do not change what is billed", async () => {
    const vmId = await insertVm();
    const [diskId] = await diskIds(vmId);
    const rows = await added(vmId, async () => {
      await setVm(vmId, { name: "renamed", ipAddresses: ["10.0.0.9"], host: "esx-02", updatedAt: new Date() });
      await setVm(vmId, { powerState: "powered_on" }); // a reboot: on before, on after
      await setVm(vmId, { lifecycle: "deleting" }); // still billed until its delete job ends
      await db
        .update(vmDisks)
        .set({ label: "Boot", datastore: "ds-x", deviceKey: 2000 })
        .where(eq(vmDisks.id, diskId!));
      // Off and on again within one transaction: at commit the state is what was last reported.
      await db.transaction(async (tx) => {
        await tx.update(vms).set({ powerState: "powered_off" }).where(eq(vms.id, vmId));
        await tx.update(vms).set({ powerState: "powered_on" }).where(eq(vms.id, vmId));
      });
    });
    expect(rows).toEqual([]);
  });

  it("writes one snapshot of the final state for a transaction that changed the VM several times", async () => {
    const vmId = await insertVm();
    const [diskId] = await diskIds(vmId);
    const rows = await added(vmId, () =>
      db.transaction(async (tx) => {
        await tx.update(vms).set({ powerState: "powered_off" }).where(eq(vms.id, vmId));
        await tx.update(vms).set({ vcpuCount: 8, memoryMib: 16_384 }).where(eq(vms.id, vmId));
        await tx.update(vmDisks).set({ capacityGb: 60 }).where(eq(vmDisks.id, diskId!));
        await tx.insert(vmDisks).values({ vmId, label: "Data", capacityGb: 10, tier: "archive", position: 1 });
      }),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.snapshot).toMatchObject({
      poweredOn: false,
      vcpuCount: 8,
      memoryMib: 16_384,
      disks: [
        { diskId, tier: "performance", capacityGb: 60 },
        { tier: "archive", capacityGb: 10 },
      ],
    });
  });

  it("writes nothing when the transaction is rolled back", async () => {
    const vmId = await insertVm();
    const rows = await added(vmId, () =>
      db
        .transaction(async (tx) => {
          await tx.update(vms).set({ powerState: "powered_off", vcpuCount: 6 }).where(eq(vms.id, vmId));
          await tx.insert(vmDisks).values({ vmId, label: "Data", capacityGb: 10, tier: "archive", position: 1 });
          throw new Error("the job failed after writing");
        })
        .catch(() => undefined),
    );
    expect(rows).toEqual([]);
    expect((await db.select().from(vms).where(eq(vms.id, vmId)))[0]).toMatchObject({ powerState: "powered_on" });
    // Nor does a VM created in a transaction that failed.
    const before = (await outboxRows(db)).length;
    await db
      .transaction(async (tx) => {
        await tx.insert(vms).values({
          organizationId,
          name: "never",
          powerState: "powered_on",
          vcpuCount: 1,
          memoryMib: 1024,
        });
        throw new Error("rolled back");
      })
      .catch(() => undefined);
    expect(await outboxRows(db)).toHaveLength(before);
  });

  it("reports a VM the platform creates only once it is ready, and a create that failed never", async () => {
    const vmId = await insertVm({ lifecycle: "provisioning", licences: [{ sku: "licence.rhel", quantity: 1 }] });
    const [diskId] = await diskIds(vmId);
    // What the create job records while making the VM: still provisioning, nothing to bill.
    expect(
      await added(vmId, async () => {
        await setVm(vmId, { vcpuCount: 3 });
        await db.update(vmDisks).set({ capacityGb: 41 }).where(eq(vmDisks.id, diskId!));
      }),
    ).toEqual([]);
    const ready = await added(vmId, () => setVm(vmId, { lifecycle: "ready" }));
    expect(ready).toHaveLength(1);
    expect(ready[0]!.snapshot).toMatchObject({
      exists: true,
      poweredOn: true,
      vcpuCount: 3,
      disks: [{ diskId, capacityGb: 41 }],
      licences: [{ sku: "licence.rhel", quantity: 1 }],
    });

    const failed = await insertVm({ lifecycle: "provisioning" });
    expect(await added(failed, () => setVm(failed, { lifecycle: "deleted" }))).toEqual([]);
  });

  it("reports every VM that exists when the migration runs (its last statement), and no other", async () => {
    const seed = readFileSync(path.join(repoRoot, "drizzle", "vms", "0004_usage_changes.sql"), "utf8")
      .split("--> statement-breakpoint")
      .at(-1)!;
    const deleting = await insertVm();
    await setVm(deleting, { lifecycle: "deleting" });
    const provisioning = await insertVm({ lifecycle: "provisioning" });
    await db.delete(vmUsageChanges);
    await database.executeSql(seed);
    const seeded = await outboxRows(db);
    const live = await db
      .select({ id: vms.id })
      .from(vms)
      .where(sql`${vms.lifecycle} in ('ready', 'deleting')`);
    expect(seeded.map((row) => row.vmId).sort()).toEqual(live.map((vm) => vm.id).sort());
    expect(seeded.map((row) => row.vmId)).toContain(deleting);
    expect(seeded.map((row) => row.vmId)).not.toContain(provisioning);
    expect(seeded.every((row) => row.snapshot.exists)).toBe(true);
  });

  // PGlite runs one transaction at a time: two snapshots can only race on the PostgreSQL server.
  it.skipIf(!testPostgresUrl())(
    "serialises snapshots of one VM: of two transactions committing at once, the later row holds both changes",
    async () => {
      const vmId = await insertVm();
      const [diskId] = await diskIds(vmId);
      const gate = () => {
        let open!: () => void;
        const opened = new Promise<void>((resolve) => (open = resolve));
        return { opened, open };
      };
      const [powerWritten, diskWritten, outboxLocked] = [gate(), gate(), gate()];
      const [commitPower, commitDisk, unlockOutbox] = [gate(), gate(), gate()];
      const waiting = async (count: number) => {
        for (let tries = 0; tries < 500; tries++) {
          const { rows } = await database.executeSql(
            `select count(*)::int as waiting from pg_locks where not granted
             and pid in (select pid from pg_stat_activity where datname = current_database())`,
          );
          if ((rows[0]!.waiting as number) >= count) return;
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        throw new Error(`never ${count} waiting locks`);
      };
      const power = db.transaction(async (tx) => {
        await tx.update(vms).set({ powerState: "powered_off" }).where(eq(vms.id, vmId));
        powerWritten.open();
        await commitPower.opened;
      });
      await powerWritten.opened;
      const disk = db.transaction(async (tx) => {
        await tx.update(vmDisks).set({ capacityGb: 99 }).where(eq(vmDisks.id, diskId!));
        diskWritten.open();
        await commitDisk.opened;
      });
      await diskWritten.opened;
      // Holds back every outbox insert, so both snapshots are taken before either is written.
      const outbox = db.transaction(async (tx) => {
        await tx.execute(sql`lock table vm_usage_changes in share mode`);
        outboxLocked.open();
        await unlockOutbox.opened;
      });
      await outboxLocked.opened;
      // The disk change commits first while the power change is open: its snapshot must wait for
      // the power change's commit, or it would read the VM still running and be written last.
      commitDisk.open();
      await waiting(1);
      commitPower.open();
      await waiting(2);
      unlockOutbox.open();
      await Promise.all([power, disk, outbox]);
      const rows = await outboxRows(db, vmId);
      expect(rows.at(-1)!.snapshot).toMatchObject({ poweredOn: false, disks: [{ capacityGb: 99 }] });
    },
  );
});
