import type { Database } from "@dcx/kit";
import { openTestDatabase } from "@dcx/kit/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { telemetryTables } from "../../db/schema";
import { telemetryBillingSubgraph } from "../../index";
import { rowsOf } from "../../sql/sql-arrays";
import { storeUsageChanges } from "../usage-change/usage-change.store";
import { meterUsage } from "./metering.service";
import { FIXTURE_ORGANIZATION, FIXTURE_VM, OTHER_ORGANIZATION, RUNNING, usageChange } from "./usage-change.fixture";

const VM = FIXTURE_VM;
const OTHER_VM = "22222222-2222-4222-8222-222222222222";
const at = (time: string) => new Date(`2026-03-01T${time}Z`);

describe("hourly metering", () => {
  let database: Database<typeof telemetryTables>;
  const hours = async (vmId = VM) =>
    rowsOf<Record<string, unknown>>(
      await database.db.execute(sql`
        select to_char(hour at time zone 'UTC', 'HH24:MI') as hour, revision, exists_seconds, powered_on_seconds,
          vcpu_seconds::bigint::text as vcpu, memory_mib_seconds::text as memory, performance_gb_seconds::text as perf
        from vm_usage_hours where vm_id = ${vmId}::uuid order by hour, revision`),
    );

  beforeAll(async () => {
    database = await openTestDatabase(telemetryBillingSubgraph);
  });
  beforeEach(async () => {
    await database.db.execute(sql`truncate vm_usage_changes, vm_usage_hours, metering_progress, metering_rework`);
  });
  afterAll(() => database.close());

  it("counts compute only while powered on and disks on or off, from the power history within the hour", async () => {
    await storeUsageChanges(database.db, [
      usageChange(VM, "c1", at("00:00:00"), RUNNING),
      usageChange(VM, "c2", at("00:15:00"), { ...RUNNING, poweredOn: false }),
      usageChange(VM, "c3", at("00:45:00"), RUNNING),
      usageChange(VM, "c4", at("01:30:00"), { ...RUNNING, exists: false }),
    ]);
    const report = await meterUsage(database.db, at("03:10:00"));
    expect(report).toMatchObject({ hoursMetered: 3, meteredUntil: at("03:00:00") });
    expect(await hours()).toEqual([
      // 30 of 60 minutes on: 1 800 s × 2 vCPU, × 4 096 MiB; the disk all 3 600 s × 50 GB.
      {
        hour: "00:00",
        revision: 0,
        exists_seconds: 3600,
        powered_on_seconds: 1800,
        vcpu: "3600",
        memory: "7372800",
        perf: "180000",
      },
      // Deleted at 01:30: half an hour of everything, nothing after.
      {
        hour: "01:00",
        revision: 0,
        exists_seconds: 1800,
        powered_on_seconds: 1800,
        vcpu: "3600",
        memory: "7372800",
        perf: "90000",
      },
    ]);
  });

  it("writes nothing twice when an hour is metered again, and catches up from the last metered hour", async () => {
    await storeUsageChanges(database.db, [usageChange(VM, "c1", at("00:00:00"), RUNNING)]);
    expect((await meterUsage(database.db, at("02:00:00"))).hoursMetered).toBe(2);
    expect((await meterUsage(database.db, at("02:59:59"))).hoursMetered).toBe(0);
    expect(await hours()).toHaveLength(2);
    // After downtime: the next run meters every hour it missed, once.
    expect((await meterUsage(database.db, at("05:00:00"))).hoursMetered).toBe(3);
    const rows = await hours();
    expect(rows.map((row) => `${row.hour}/${row.revision}`)).toEqual([
      "00:00/0",
      "01:00/0",
      "02:00/0",
      "03:00/0",
      "04:00/0",
    ]);
  });

  it("turns a late change for a metered hour into an adjustment and leaves the first record as it was", async () => {
    await storeUsageChanges(database.db, [
      usageChange(VM, "c1", at("00:00:00"), RUNNING),
      usageChange(OTHER_VM, "o1", at("00:00:00"), RUNNING),
    ]);
    await meterUsage(database.db, at("02:00:00"));
    // The power-off at 01:20 reaches billing after 01:00–02:00 was metered as running.
    const late = await storeUsageChanges(database.db, [
      usageChange(VM, "c2", at("01:20:00"), { ...RUNNING, poweredOn: false }),
    ]);
    expect(late).toEqual({ stored: 1, alreadyStored: 0 });
    const report = await meterUsage(database.db, at("02:30:00"));
    expect(report).toMatchObject({ hoursMetered: 0, vmsReworked: 1 });
    expect(await hours()).toEqual([
      {
        hour: "00:00",
        revision: 0,
        exists_seconds: 3600,
        powered_on_seconds: 3600,
        vcpu: "7200",
        memory: "14745600",
        perf: "180000",
      },
      {
        hour: "01:00",
        revision: 0,
        exists_seconds: 3600,
        powered_on_seconds: 3600,
        vcpu: "7200",
        memory: "14745600",
        perf: "180000",
      },
      // 40 minutes off: −2 400 s of compute; the disk was billed right.
      {
        hour: "01:00",
        revision: 1,
        exists_seconds: 0,
        powered_on_seconds: -2400,
        vcpu: "-4800",
        memory: "-9830400",
        perf: "0",
      },
    ]);
    expect(await hours(OTHER_VM)).toHaveLength(2);
    // Resent, the late change changes nothing again.
    expect(
      await storeUsageChanges(database.db, [usageChange(VM, "c2", at("01:20:00"), { ...RUNNING, poweredOn: false })]),
    ).toEqual({
      stored: 0,
      alreadyStored: 1,
    });
    expect((await meterUsage(database.db, at("02:30:00"))).vmsReworked).toBe(0);
    expect(await hours()).toHaveLength(3);
  });

  it("moves a VM's usage to its new organisation when the move is learnt late, billing nobody twice", async () => {
    const NEW_OWNER = OTHER_ORGANIZATION;
    await storeUsageChanges(database.db, [usageChange(VM, "c1", at("00:00:00"), RUNNING)]);
    await meterUsage(database.db, at("01:00:00"));
    await storeUsageChanges(database.db, [usageChange(VM, "c2", at("00:20:00"), RUNNING, NEW_OWNER)]);
    expect((await meterUsage(database.db, at("01:00:00"))).vmsReworked).toBe(1);
    const byOrganization = rowsOf<{ organization_id: string; exists_seconds: number; revisions: number }>(
      await database.db.execute(sql`
        select organization_id, sum(exists_seconds)::int as exists_seconds, count(*)::int as revisions
        from vm_usage_hours group by organization_id order by exists_seconds`),
    );
    expect(byOrganization).toEqual([
      { organization_id: FIXTURE_ORGANIZATION, exists_seconds: 1200, revisions: 2 },
      { organization_id: NEW_OWNER, exists_seconds: 2400, revisions: 1 },
    ]);
  });

  it("keeps the later of two changes within one second, as they arrived", async () => {
    await storeUsageChanges(database.db, [
      usageChange(VM, "vms:9", at("00:30:00.100"), { ...RUNNING, poweredOn: false }),
      usageChange(VM, "vms:10", at("00:30:00.900"), RUNNING),
    ]);
    await storeUsageChanges(database.db, [usageChange(VM, "vms:8", at("00:00:00"), RUNNING)]);
    await meterUsage(database.db, at("01:00:00"));
    expect(await hours()).toMatchObject([{ hour: "00:00", powered_on_seconds: 3600 }]);
  });

  it("refuses a delivery with an unknown storage tier or a negative size, storing none of it", async () => {
    const bad = usageChange(VM, "c9", at("00:00:00"), {
      ...RUNNING,
      disks: [{ diskId: "d1", tier: "platinum", capacityGb: 50 }],
    });
    await expect(
      storeUsageChanges(database.db, [usageChange(VM, "c1", at("00:00:00"), RUNNING), bad]),
    ).rejects.toMatchObject({
      extensions: { code: "BAD_USER_INPUT", field: "changes[1].disks[0].tier" },
    });
    await expect(
      storeUsageChanges(database.db, [usageChange(VM, "c1", at("00:00:00"), { ...RUNNING, vcpuCount: -1 })]),
    ).rejects.toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    const stored = rowsOf<{ n: number }>(
      await database.db.execute(sql`select count(*)::int as n from vm_usage_changes`),
    );
    expect(stored[0]!.n).toBe(0);
  });
});
