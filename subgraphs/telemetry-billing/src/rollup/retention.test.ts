import type { Database } from "@dcx/kit";
import { openTestDatabase } from "@dcx/kit/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { telemetryTables } from "../db/schema";
import { telemetryBillingSubgraph } from "../index";
import { runMaintenance } from "../maintenance/telemetry-maintenance";
import { listSamplePartitions } from "../sample/sample-partitions";
import { recordPerformance } from "../sample/sample.service";
import { rowsOf } from "../sql/sql-arrays";
import { applyRetention } from "./retention";

const ORG = "0b7e6d5c-4a3b-4c2d-8e1f-9a8b7c6d5e4f";
const VM = "11111111-1111-4111-8111-111111111111";
const NOW = new Date("2025-06-15T12:00:00Z");
const daysAgo = (days: number, hour = 10) => new Date(Date.UTC(2025, 5, 15 - days, hour));

describe("retention", () => {
  let database: Database<typeof telemetryTables>;
  const maintain = () => runMaintenance(database.db, { clock: () => NOW, log: () => undefined });
  const levels = async () =>
    rowsOf<{ resolution_minutes: number; n: number }>(
      await database.db.execute(sql`
        select resolution_minutes, count(*)::int as n from vm_rollups group by 1 order by 1`),
    );

  beforeAll(async () => {
    database = await openTestDatabase(telemetryBillingSubgraph);
    // One sample on each of these days: a back-fill reaching far beyond every level's retention.
    const days = [400, 100, 40, 8, 7, 6, 0];
    await recordPerformance(database.db, {
      vms: [],
      samples: days.map((d) => ({
        vmId: VM,
        organizationId: ORG,
        sampledAt: daysAgo(d),
        values: { cpu_usage_bp: 5000 },
        uptimeSeconds: null,
      })),
      guestDisks: [8, 6].map((d) => ({
        vmId: VM,
        organizationId: ORG,
        sampledAt: daysAgo(d),
        path: "/",
        capacityMb: 100,
        freeMb: 50,
      })),
    });
  });
  afterAll(() => database.close());

  it("rolls a back-fill up before dropping it, then keeps each level only as long as it lasts", async () => {
    const report = await maintain();
    expect(report.rollups.bucketsByResolution).toEqual({ 30: 7, 120: 7, 1440: 7 });
    // Raw: whole days ending 7 days or more ago are dropped (the day 7 days ago ends 6 days + 14 h ago: kept).
    expect(report.retention!.partitionsDropped).toEqual([
      "vm_samples_p20240511",
      "vm_samples_p20250307",
      "vm_samples_p20250506",
      "vm_samples_p20250607",
    ]);
    expect((await listSamplePartitions(database.db)).map((p) => p.name)).toEqual([
      "vm_samples_p20250608",
      "vm_samples_p20250609",
      "vm_samples_p20250615",
      "vm_samples_p20250616", // made ahead for tomorrow's samples
    ]);
    // 30-minute buckets for 30 days (day 40 and older gone), 2-hour for 90 (day 100 gone), daily for 395 (day 400 gone).
    expect(await levels()).toEqual([
      { resolution_minutes: 30, n: 4 },
      { resolution_minutes: 120, n: 5 },
      { resolution_minutes: 1440, n: 6 },
    ]);
    expect(report.retention!.guestDiskSamplesDeleted).toBe(1);
  });

  it("drops nothing while roll-ups are pending", async () => {
    await recordPerformance(database.db, {
      vms: [],
      samples: [{ vmId: VM, organizationId: ORG, sampledAt: daysAgo(20), values: {}, uptimeSeconds: null }],
      guestDisks: [],
    });
    await database.db.execute(sql`insert into rollup_pending values (30, now())`);
    expect(await applyRetention(database.db, NOW)).toBeNull();
    expect((await listSamplePartitions(database.db)).map((p) => p.name)).toContain("vm_samples_p20250526");
    await maintain();
    expect((await listSamplePartitions(database.db)).map((p) => p.name)).not.toContain("vm_samples_p20250526");
  });
});
