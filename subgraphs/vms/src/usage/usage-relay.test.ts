import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Database } from "@dcx/kit";
import { openTestDatabase, testServiceKeys } from "@dcx/kit/testing";
import { eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { vms, vmsTables, vmUsageChanges } from "../db/schema";
import { createVm } from "../vm/vm.service";
import { PowerState, StorageTier } from "../vm/vm.type";
import { createUsageRelay, describeUsageRelay, type UsageRelayOptions } from "./usage-relay";
import { telemetryUsageSink, type UsageSink } from "./usage-sink";
import { type FakeTelemetry, outboxRows, startFakeTelemetry } from "./usage.fixture";

const NOW = new Date("2026-11-26T10:00:00Z");
const DAY = 86_400_000;

describe("the usage relay delivers the outbox to telemetry-billing", () => {
  let database: Database<typeof vmsTables>;
  let receiver: FakeTelemetry;
  const organizationId = randomUUID();
  beforeAll(async () => {
    database = await openTestDatabase({ name: "vms", tables: vmsTables });
    receiver = await startFakeTelemetry();
  });
  afterAll(async () => {
    await receiver?.close();
    await database?.close();
  });
  beforeEach(async () => {
    // Every test starts from an empty, fully delivered outbox and a receiver that stores everything.
    await database.db.delete(vmUsageChanges);
    receiver.calls.length = 0;
    receiver.answers.length = 0;
    receiver.gate = null;
  });

  const relayOf = (options: UsageRelayOptions = {}, sink: UsageSink = receiver.sink) =>
    createUsageRelay({ database, sink, clock: () => NOW, log: () => undefined }, options);
  let serial = 0;
  /** A running VM with one disk: one outbox row. */
  const newVm = async () =>
    (
      await createVm(database.db, {
        organizationId,
        name: `relay-${++serial}`,
        vcpuCount: 2,
        memoryMib: 2048,
        powerState: PowerState.POWERED_ON,
        disks: [{ label: "OS", capacityGb: 40, tier: StorageTier.PERFORMANCE }],
      })
    ).id;
  const powerOff = (vmId: string) => database.db.update(vms).set({ powerState: "powered_off" }).where(eq(vms.id, vmId));
  const undelivered = () => database.db.select().from(vmUsageChanges).where(isNull(vmUsageChanges.deliveredAt));
  const changeIds = (rows: { id: number }[]) => rows.map((row) => `vms:${row.id}`);

  it("sends every undelivered row oldest first, in calls of the batch size, as the agreed input, then marks them delivered", async () => {
    const first = await newVm();
    const second = await newVm();
    await powerOff(first);
    await newVm();
    const rows = await outboxRows(database.db);
    expect(rows).toHaveLength(4);

    const report = await relayOf({ batchSize: 3 }).relay();
    expect(report).toMatchObject({
      outcome: "relayed",
      delivered: 4,
      stored: 4,
      alreadyStored: 0,
      calls: 2,
      pending: 0,
    });
    expect(receiver.calls.map((call) => call.map((change) => change.changeId))).toEqual([
      changeIds(rows.slice(0, 3)),
      changeIds(rows.slice(3)),
    ]);
    const [created] = await outboxRows(database.db, first);
    expect(receiver.calls[0]![0]).toStrictEqual({
      changeId: `vms:${created!.id}`,
      vmId: first,
      organizationId,
      occurredAt: created!.occurredAt.toISOString(),
      exists: true,
      poweredOn: true,
      vcpuCount: 2,
      memoryMib: 2048,
      disks: [{ diskId: created!.snapshot.disks[0]!.diskId, tier: "performance", capacityGb: 40 }],
      licences: [],
      publicIpCount: 0,
    });
    expect(receiver.calls[0]![1]!.vmId).toBe(second);
    expect(receiver.calls[0]![2]).toMatchObject({ vmId: first, poweredOn: false });
    expect((await outboxRows(database.db)).map((row) => row.deliveredAt)).toEqual(rows.map(() => NOW));
    expect(describeUsageRelay(report)).toMatch(
      /^usage relay: 4 changes delivered in 2 calls \(4 stored, 0 already stored\), 0 waiting, \d+ ms$/,
    );

    // Nothing waits: the next round sends nothing and says nothing.
    const idle = await relayOf({ batchSize: 3 }).relay();
    expect(idle).toMatchObject({ outcome: "relayed", delivered: 0, calls: 0 });
    expect(receiver.calls).toHaveLength(2);
    expect(describeUsageRelay(idle)).toBeNull();
  });

  it("marks nothing delivered when the receiver refuses, and sends the same change ids next round", async () => {
    await newVm();
    await newVm();
    const rows = await outboxRows(database.db);
    receiver.answers.push("refuse");
    const failed = await relayOf().relay();
    expect(failed).toMatchObject({ outcome: "failed", delivered: 0, pending: 2 });
    expect(failed.error).toBe("telemetry-billing refused the usage changes: SERVICE_UNAVAILABLE: Billing is paused");
    expect(describeUsageRelay(failed)).toBe(`usage relay failed after 0 changes delivered, 2 waiting: ${failed.error}`);
    expect(await undelivered()).toHaveLength(2);

    expect(await relayOf().relay()).toMatchObject({ outcome: "relayed", delivered: 2, stored: 2, pending: 0 });
    expect(receiver.calls.map((call) => call.map((change) => change.changeId))).toEqual([
      changeIds(rows),
      changeIds(rows),
    ]);
    expect(receiver.calls[1]).toEqual(receiver.calls[0]);
    expect(await undelivered()).toEqual([]);
  });

  it("sends again what the receiver stored but could not acknowledge: the same change ids, already stored", async () => {
    await newVm();
    await newVm();
    receiver.answers.push("lose");
    const lost = await relayOf().relay();
    expect(lost).toMatchObject({ outcome: "failed", delivered: 0, pending: 2 });
    expect(lost.error).toMatch(/^telemetry-billing cannot be reached: Request to telemetry-billing failed: HTTP 502/);
    expect(await undelivered()).toHaveLength(2);

    expect(await relayOf().relay()).toMatchObject({ outcome: "relayed", delivered: 2, stored: 0, alreadyStored: 2 });
    expect(receiver.calls[1]!.map((change) => change.changeId)).toEqual(receiver.calls[0]!.map((c) => c.changeId));
    expect(await undelivered()).toEqual([]);
  });

  it("keeps what was acknowledged when a later call of the round fails, and resumes from the first unacknowledged row", async () => {
    for (let i = 0; i < 3; i++) await newVm();
    const rows = await outboxRows(database.db);
    receiver.answers.push("ok", "refuse");
    expect(await relayOf({ batchSize: 1 }).relay()).toMatchObject({ outcome: "failed", delivered: 1, pending: 2 });
    expect((await undelivered()).map((row) => row.id)).toEqual(rows.slice(1).map((row) => row.id));
    expect(await relayOf({ batchSize: 1 }).relay()).toMatchObject({ outcome: "relayed", delivered: 2 });
    expect(receiver.calls.map((call) => call[0]!.changeId)).toEqual(
      changeIds([rows[0]!, rows[1]!, rows[1]!, rows[2]!]),
    );
  });

  it("keeps everything when telemetry-billing cannot be reached or does not trust vms", async () => {
    await newVm();
    const spare = createServer();
    await new Promise<void>((resolve) => spare.listen(0, "127.0.0.1", resolve));
    const { port } = spare.address() as AddressInfo;
    await new Promise<void>((resolve) => spare.close(() => resolve()));
    const keys = testServiceKeys("vms");
    const closed = telemetryUsageSink(keys.client({ "telemetry-billing": `http://127.0.0.1:${port}/graphql` }));
    const unreachable = await relayOf({}, closed).relay();
    expect(unreachable).toMatchObject({ outcome: "failed", pending: 1 });
    expect(unreachable.error).toMatch(/^telemetry-billing cannot be reached/);
    const stranger = telemetryUsageSink(keys.client({ "telemetry-billing": receiver.url }));
    const distrusted = await relayOf({}, stranger).relay();
    expect(distrusted.error).toMatch(/^telemetry-billing does not trust vms/);
    expect(await undelivered()).toHaveLength(1);
  });

  it("cuts a call before its JSON grows too large (one change is about 300 characters)", async () => {
    for (let i = 0; i < 3; i++) await newVm();
    const report = await relayOf({ maxCallChars: 600 }).relay();
    expect(report).toMatchObject({ delivered: 3, calls: 3 });
    expect(receiver.calls.map((call) => call.length)).toEqual([1, 1, 1]);
  });

  it("two relays at once (two replicas): one delivers, the other skips its round; each row is sent once", async () => {
    for (let i = 0; i < 4; i++) await newVm();
    let open!: () => void;
    receiver.gate = new Promise<void>((resolve) => (open = resolve));
    const first = relayOf({ batchSize: 2 }).relay();
    const second = relayOf({ batchSize: 2 }).relay();
    const loser = await Promise.race([first, second]);
    expect(loser).toMatchObject({ outcome: "skipped", delivered: 0, calls: 0 });
    // On PostgreSQL the winner holds the advisory lock, which a replica in another process sees too.
    const { rows } = await database.executeSql(
      `select count(*)::int as held from pg_locks
       where locktype = 'advisory' and database = (select oid from pg_database where datname = current_database())`,
    );
    expect(rows[0]!.held).toBe(database.driver === "postgres" ? 1 : 0);
    open();
    const reports = await Promise.all([first, second]);
    expect(reports.map((report) => report.outcome).sort()).toEqual(["relayed", "skipped"]);
    const sent = receiver.calls.flat().map((change) => change.changeId);
    expect(sent).toHaveLength(4);
    expect(new Set(sent).size).toBe(4);
    expect(await undelivered()).toEqual([]);
  });

  it("stops between calls on shutdown, keeping the rest for the next round", async () => {
    for (let i = 0; i < 3; i++) await newVm();
    let open!: () => void;
    receiver.gate = new Promise<void>((resolve) => (open = resolve));
    const shutdown = new AbortController();
    const round = relayOf({ batchSize: 1 }).relay(shutdown.signal);
    while (!receiver.calls.length) await new Promise((resolve) => setTimeout(resolve, 10));
    shutdown.abort();
    open();
    expect(await round).toMatchObject({ outcome: "stopped", delivered: 1, pending: 2 });
    expect(receiver.calls).toHaveLength(1);
  });

  it("deletes rows delivered more than 30 days ago, keeping each VM's newest and everything undelivered", async () => {
    const busy = await newVm();
    await powerOff(busy);
    const quiet = await newVm();
    const pendingVm = await newVm();
    await relayOf().relay();
    await database.db.update(vmUsageChanges).set({ deliveredAt: new Date(NOW.getTime() - 31 * DAY) });
    await database.db.update(vmUsageChanges).set({ deliveredAt: null }).where(eq(vmUsageChanges.vmId, pendingVm));
    const [busyOld, busyNew] = await outboxRows(database.db, busy);

    const report = await relayOf().relay();
    expect(report).toMatchObject({ purged: 1, delivered: 1 });
    expect((await outboxRows(database.db, busy)).map((row) => row.id)).toEqual([busyNew!.id]);
    expect(busyOld!.id).toBeLessThan(busyNew!.id);
    expect(await outboxRows(database.db, quiet)).toHaveLength(1);
    expect(await outboxRows(database.db, pendingVm)).toHaveLength(1);
    expect(describeUsageRelay(report)).toMatch(/, 1 old rows purged, 0 waiting, \d+ ms$/);

    // Rows delivered 29 days ago stay.
    const recent = await newVm();
    await powerOff(recent);
    await relayOf().relay();
    await database.db
      .update(vmUsageChanges)
      .set({ deliveredAt: new Date(NOW.getTime() - 29 * DAY) })
      .where(eq(vmUsageChanges.vmId, recent));
    expect(await relayOf().relay()).toMatchObject({ purged: 0 });
    expect(await outboxRows(database.db, recent)).toHaveLength(2);
  });
});
